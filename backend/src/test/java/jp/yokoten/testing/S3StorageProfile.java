package jp.yokoten.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The API with template files in an S3-compatible bucket ({@link S3ProxyResource}) instead of PostgreSQL. */
public class S3StorageProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3ProxyResource.class));
    }
}

package jp.yokoten.template;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jp.yokoten.testing.S3StorageProfile;

/**
 * {@link LargeFileStreamingTest} with the files in an S3-compatible bucket: the same 50 MiB up and down,
 * byte-identical, in the same 256 MiB heap (the large-files execution in backend/pom.xml runs both).
 */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3LargeFileStreamingTest extends LargeFileStreamingTest {
}

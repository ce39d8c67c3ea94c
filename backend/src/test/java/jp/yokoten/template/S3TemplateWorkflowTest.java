package jp.yokoten.template;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jp.yokoten.testing.S3StorageProfile;

/** {@link TemplateWorkflowTest} (uploads, downloads with their digest, withdrawn files) with the files in an S3-compatible bucket. */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3TemplateWorkflowTest extends TemplateWorkflowTest {
}

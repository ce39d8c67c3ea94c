package jp.yokoten.file;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where template files live ({@code yokoten.files.*}, env {@code YOKOTEN_FILES_STORE} and {@code YOKOTEN_S3_*}). */
@ConfigMapping(prefix = "yokoten.files")
public interface FilesConfig {
    /** {@code postgres} (1 MiB chunks in the database, the default) or {@code s3} (an S3-compatible bucket). */
    @WithDefault("postgres")
    Store store();

    S3 s3();

    enum Store {
        POSTGRES, S3
    }

    interface S3 {
        /** Endpoint of an S3-compatible server (MinIO, Ceph RGW, …); empty for AWS's own endpoint of the region. */
        Optional<URI> endpoint();

        /** Signing region; S3-compatible servers mostly accept any, us-east-1 by convention. */
        @WithDefault("us-east-1")
        String region();

        /** Bucket holding the files; created at start when missing and the credentials may. */
        @WithDefault("yokoten-files")
        String bucket();

        /** Addresses buckets as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}: what most servers besides AWS expect. */
        @WithDefault("true")
        boolean pathStyle();

        /** Access key; empty takes the SDK's default chain (AWS_* variables, web identity token, instance profile). */
        Optional<String> accessKeyId();

        /** Secret key matching {@link #accessKeyId()}. */
        Optional<String> secretAccessKey();

        /** Prefix of every object key, so the bucket can be shared; objects are {@code <prefix><file id>}. */
        @WithDefault("files/")
        String keyPrefix();

        /**
         * Age after which an object without a {@code stored_file} row counts as an orphan (a process died between
         * writing the object and committing its row) and the sweep deletes it; far above any transaction's length.
         */
        @WithDefault("6H")
        Duration orphanGrace();
    }
}

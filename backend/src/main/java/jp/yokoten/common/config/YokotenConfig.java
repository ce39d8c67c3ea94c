package jp.yokoten.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code yokoten.*}; each can be overridden by an environment variable. */
@ConfigMapping(prefix = "yokoten")
public interface YokotenConfig {
    Uploads uploads();

    Standardisation standardisation();

    Demo demo();

    Downloads downloads();

    interface Downloads {
        /** Download chunk reads running at once (each on a short-lived pooled connection); keep it under the pool size. */
        @WithDefault("6")
        int maxConcurrentChunkReads();
    }

    interface Demo {
        /** Loads the demo portal at start (the run command sets it; never in production). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Standardisation {
        /** Wards that must adopt one template of a common process for the process to count as standardised (12 of 23). */
        @WithDefault("12")
        int wardThreshold();
    }

    interface Uploads {
        /** Largest accepted template file in bytes (SPEC §5: 50 MiB). */
        @WithDefault("52428800")
        long maxFileSize();

        /** Most entries a zip may hold. */
        @WithDefault("10000")
        int zipMaxEntries();

        /** Largest total uncompressed size of a zip's entries in bytes. */
        @WithDefault("536870912")
        long zipMaxUncompressed();

        /** Largest ratio of uncompressed to compressed size; zip bombs exceed it by orders of magnitude. */
        @WithDefault("100")
        int zipMaxRatio();
    }
}

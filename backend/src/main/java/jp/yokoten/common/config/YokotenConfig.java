package jp.yokoten.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code yokoten.*}; each can be overridden by an environment variable. */
@ConfigMapping(prefix = "yokoten")
public interface YokotenConfig {
    Uploads uploads();

    Standardisation standardisation();

    Demo demo();

    Http http();

    TestClock test();

    interface TestClock {
        /**
         * {@code yokoten.test.clock}: the instant the server clock starts at in a test JVM (e.g.
         * {@code 2027-04-01T00:00+09:00}). {@link Clocks} reads it itself before any bean exists; declared here so
         * that the setting is known. Never set in production.
         */
        java.util.Optional<String> clock();
    }

    interface Http {
        /** Largest request body outside the multipart upload route; larger ones get 413 before parsing (SPEC §12). */
        @WithDefault("256K")
        io.quarkus.runtime.configuration.MemorySize maxJsonBodySize();
    }

    RateLimit rateLimit();

    Reads reads();

    /** Read routing to a streaming replica (common/sql/ReadRouter; the replica itself is YOKOTEN_READ_DB_URL). */
    interface Reads {
        /** How long reads skip a replica that failed to answer, going to the primary. */
        @WithDefault("10S")
        java.time.Duration replicaPause();

        /** How long a writer's requests carry their write's position, reading from the replica only once it has replayed it. */
        @WithDefault("300S")
        java.time.Duration ownWritesFor();
    }

    Search search();

    interface Search {
        /** Published-template search from each replica's memory (search/memory). */
        Memory memory();

        interface Memory {
            /** Off: every search runs as one SQL statement (the fallback path), e.g. on a replica short of heap. */
            @WithDefault("true")
            boolean enabled();

            /** How often a replica reads the changes other replicas wrote (its own are read before its next search). */
            @WithDefault("1s")
            java.time.Duration poll();
        }
    }

    /** Rate limits (SPEC §12), enforced by common/ratelimit. */
    interface RateLimit {
        /** Switches every limit off (a gateway in front limits instead). */
        @WithDefault("true")
        boolean enabled();

        /** Sustained API requests per second for one user (token subject) or one client-credentials client. */
        @WithDefault("20")
        double requestsPerSecond();

        /** Requests one user or client may send at once before the sustained rate applies. */
        @WithDefault("40")
        int burst();

        /** Template version uploads per ward and hour (also the burst: a full hour's worth at once). */
        @WithDefault("30")
        int uploadsPerHour();

        /** Most buckets kept per limit; beyond it the least recently used is forgotten. */
        @WithDefault("100000")
        int maxBuckets();
    }

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

        /** Most entries a zip may hold, the entries of archives inside it included. */
        @WithDefault("10000")
        int zipMaxEntries();

        /** Largest total uncompressed size of a zip's entries in bytes, the entries of archives inside it included. */
        @WithDefault("536870912")
        long zipMaxUncompressed();

        /** Largest ratio of uncompressed to compressed size; zip bombs exceed it by orders of magnitude. */
        @WithDefault("100")
        int zipMaxRatio();

        /** Deepest nesting of archives inside the upload that the governance scan opens; deeper ones are reported, not read. */
        @WithDefault("3")
        int zipMaxDepth();
    }
}

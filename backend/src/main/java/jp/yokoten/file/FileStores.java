package jp.yokoten.file;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Chooses the {@link FileStorage} at run time from {@code yokoten.files.store}, so one build serves both; the
 * S3 client is only created when S3 is chosen. With S3 it also creates a missing bucket at start and sweeps
 * orphaned objects every hour (any replica may: deleting an orphan twice is harmless).
 */
@ApplicationScoped
public class FileStores {
    private static final Logger LOG = Logger.getLogger(FileStores.class);

    @Inject
    FilesConfig config;

    @Inject
    Instance<PostgresFileStorage> postgres;

    @Inject
    Instance<S3FileStorage> s3;

    @Produces
    @ApplicationScoped
    FileStorage storage() {
        return switch (config.store()) {
            case POSTGRES -> postgres.get();
            case S3 -> s3.get();
        };
    }

    void onStart(@Observes StartupEvent start) {
        if (config.store() != FilesConfig.Store.S3) {
            return;
        }
        try {
            s3.get().ensureBucket();
            LOG.infof("Template files in bucket %s at %s", config.s3().bucket(),
                    config.s3().endpoint().map(Object::toString).orElse("AWS " + config.s3().region()));
        } catch (RuntimeException e) {
            // Not fatal: everything but uploads and downloads works, and those answer 5xx until the store is back.
            LOG.errorf(e, "Bucket %s is not reachable; uploads and downloads will fail until it is", config.s3().bucket());
        }
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepOrphans() {
        if (config.store() != FilesConfig.Store.S3) {
            return;
        }
        int deleted = s3.get().sweepOrphans(Instant.now().minus(config.s3().orphanGrace()));
        if (deleted > 0) {
            LOG.infof("Deleted %d orphaned file object(s) from bucket %s", deleted, config.s3().bucket());
        }
    }
}

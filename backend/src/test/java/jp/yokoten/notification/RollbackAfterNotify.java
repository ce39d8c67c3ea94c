package jp.yokoten.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jp.yokoten.review.ReviewEvent;

/**
 * Test-only: fails a submission after its notifications were written (observers run in priority order), for
 * items whose title carries the marker, so the test can show that the rollback takes the notifications along.
 */
@ApplicationScoped
public class RollbackAfterNotify {
    public static final String MARKER = "[rollback-after-notify]";
    /** How many notifications of the failing item existed inside its transaction just before it failed. */
    public static volatile long writtenBeforeFailure = -1;

    @Inject
    EntityManager em;

    void after(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ReviewEvent e) {
        if (e.title().contains(MARKER)) {
            writtenBeforeFailure = ((Number) em.createNativeQuery("SELECT count(*) FROM notification WHERE object_id = ?1")
                    .setParameter(1, e.subjectId()).getSingleResult()).longValue();
            throw new IllegalStateException("a later step of the write failed");
        }
    }
}

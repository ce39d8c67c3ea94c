package jp.yokoten.rating;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rating as others see it: who (name and ward), stars, comment as plain text. */
public record RatingView(String userName, @Schema(nullable = true) String userWard, int stars,
        @Schema(nullable = true) String comment, OffsetDateTime updatedAt, boolean mine) {
    static RatingView of(Rating r, String viewer) {
        return new RatingView(r.userName, r.userWard, r.stars, r.comment, r.updatedAt, r.key.userSubject().equals(viewer));
    }
}

package jp.yokoten.award;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry as the round's pages show it. {@code evidence} exists from judging on; {@code prize} is shown to
 * admin and judges from decided and to everyone once published; {@code myScore} is the calling judge's own sheet.
 */
public record EntryView(UUID id, UUID roundId, String ward, String subjectType, UUID subjectId, String title, String statement,
        OffsetDateTime enteredAt, @Schema(nullable = true) Evidence evidence, @Schema(nullable = true) String prize,
        @Schema(nullable = true) SheetView myScore) {}

package jp.yokoten.standardisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A declared plan as the API shows it. */
public record PlanView(String ward, UUID processId, LocalDate targetOn, String note, String declaredBy, OffsetDateTime updatedAt) {}

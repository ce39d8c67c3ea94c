package jp.yokoten.project;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.review.PublicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the project API answers: records only, built by {@link ProjectReads}. */
public final class ProjectViews {
    private ProjectViews() {}

    /** A row of GET /projects. */
    public record ProjectSummary(UUID id, String title, UUID processId, String processNameJa,
            @Schema(nullable = true) String processNameEn, List<String> memberWards, int memberCount, int templateCount,
            int flowVersion, OffsetDateTime updatedAt) {}

    public record Member(String subject, @Schema(nullable = true) String name, @Schema(nullable = true) String ward,
            OffsetDateTime addedAt) {}

    public record StandardTemplate(UUID id, String title, String ownerWard, @Schema(implementation = PublicationStatus.class) String status) {}

    /** GET /projects/{id}; {@code canEdit} tells the SPA whether to offer the editors (admin or member). */
    public record ProjectDetail(UUID id, String title, @Schema(nullable = true) String goal, UUID processId,
            String processNameJa, @Schema(nullable = true) String processNameEn, List<String> memberWards, List<Member> members,
            String flow, int flowVersion, List<ProjectMilestone> milestones, List<StandardTemplate> templates, boolean canEdit,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    /** One saved version of the standard flow. */
    public record FlowVersion(int version, String body, String editedBy, @Schema(nullable = true) String editorName,
            OffsetDateTime editedAt) {}
}

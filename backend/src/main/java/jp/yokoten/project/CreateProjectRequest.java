package jp.yokoten.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;

/** POST /projects: the common process (fixed afterwards) and the editable fields. */
public record CreateProjectRequest(
        @NotNull UUID processId,
        @NotBlank @Size(max = 200) @PlainText String title,
        @Size(max = 4000) @PlainText(multiline = true) String goal,
        @Size(max = 23) List<@NotNull @Pattern(regexp = "[a-z]{1,30}", message = "must be a ward slug") String> memberWards,
        @Size(max = 100_000) @PlainText(multiline = true) String flow,
        @Size(max = 50) List<@NotNull @Valid ProjectMilestone> milestones,
        @Size(max = 10) List<@NotNull UUID> templateIds) {

    ProjectFields fields() {
        return new ProjectFields(title, goal, memberWards, flow, milestones, templateIds);
    }
}

package jp.yokoten.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;

/** The editable part of a project: the target of PATCH (merge patch); lists replace as a whole. */
public record ProjectFields(
        @NotBlank @Size(max = 200) @PlainText String title,
        @Size(max = 4000) @PlainText(multiline = true) String goal,
        @Size(max = 23) List<@NotNull @Pattern(regexp = "[a-z]{1,30}", message = "must be a ward slug") String> memberWards,
        @Size(max = 100_000) @PlainText(multiline = true) String flow,
        @Size(max = 50) List<@NotNull @Valid ProjectMilestone> milestones,
        @Size(max = 10) List<@NotNull UUID> templateIds) {

    List<String> wards() {
        return memberWards == null ? List.of() : memberWards.stream().distinct().sorted().toList();
    }

    List<ProjectMilestone> steps() {
        return milestones == null ? List.of() : milestones;
    }

    List<UUID> templates() {
        return templateIds == null ? List.of() : templateIds.stream().distinct().toList();
    }

    String flowText() {
        return flow == null ? "" : flow;
    }
}

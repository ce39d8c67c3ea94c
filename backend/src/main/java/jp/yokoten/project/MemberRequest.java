package jp.yokoten.project;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;

/** PUT /projects/{id}/members/{subject}: a display name and the member's ward, both optional. */
public record MemberRequest(@Size(max = 200) @PlainText String name,
        @Pattern(regexp = "[a-z]{1,30}", message = "must be a ward slug") String ward) {}

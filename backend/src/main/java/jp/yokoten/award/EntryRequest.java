package jp.yokoten.award;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;

/** POST /awards/{id}/entries: exactly one of a published story or template of the caller's ward, and why it deserves a prize. */
public record EntryRequest(UUID storyId, UUID templateId, @NotBlank @Size(max = 2000) @PlainText(multiline = true) String statement) {
    @JsonIgnore
    @AssertTrue(message = "give exactly one of storyId and templateId")
    public boolean isOneSubject() {
        return (storyId == null) != (templateId == null);
    }
}

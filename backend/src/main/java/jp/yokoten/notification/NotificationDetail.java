package jp.yokoten.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The facts a notification shows beside its title, each present only where the event has it: the version
 * concerned, a rejection's reasons and comment, a rating's stars and comment, a new status or phase.
 * Absent ones are left out of the JSON, never null there, so the contract requires none of them (RequiredFields).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
public record NotificationDetail(String version, List<String> reasons, String comment, Integer stars, String status) {
    public static final NotificationDetail NONE = new NotificationDetail(null, null, null, null, null);
}

package jp.yokoten.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The facts a notification shows beside its title, each present only where the event has it: the version
 * concerned, a rejection's reasons and comment, a rating's stars and comment, a new status or phase.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationDetail(String version, List<String> reasons, String comment, Integer stars, String status) {
    public static final NotificationDetail NONE = new NotificationDetail(null, null, null, null, null);
}

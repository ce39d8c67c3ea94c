package jp.yokoten.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** How the caller wants to hear of events by mail (immediately, in a digest at 08:30 JST, not at all) and in which language. */
public record Preferences(
        @NotNull @Pattern(regexp = "immediate|daily|off", message = "must be immediate, daily or off") String email,
        @NotNull @Pattern(regexp = "ja|en", message = "must be ja or en") String locale) {}

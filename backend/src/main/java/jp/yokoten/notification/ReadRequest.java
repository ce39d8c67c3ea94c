package jp.yokoten.notification;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Marks notifications read: the listed ones, or all of the caller's with {@code all: true}; exactly one of the two. */
public record ReadRequest(@Size(max = 100, message = "at most 100 ids at once") List<UUID> ids, Boolean all) {}

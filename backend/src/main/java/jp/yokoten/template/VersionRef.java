package jp.yokoten.template;

import java.util.UUID;

/** An approved version other features may refer to (adoptions). */
public record VersionRef(UUID id, String version) {}

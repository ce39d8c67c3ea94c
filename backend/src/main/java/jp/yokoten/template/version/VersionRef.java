package jp.yokoten.template.version;

import java.util.UUID;

/** An approved version other features may refer to (adoptions). */
public record VersionRef(UUID id, String version) {}

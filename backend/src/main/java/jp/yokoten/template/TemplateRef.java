package jp.yokoten.template;

import java.util.UUID;

/** The facts other features need about a template the caller can see. */
public record TemplateRef(UUID id, String ownerWard, String status, String title) {
    public boolean published() {
        return "published".equals(status);
    }
}

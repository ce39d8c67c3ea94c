package jp.yokoten.reference;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Platforms and categories for the other features; both lists are tiny and fixed by migration. */
@ApplicationScoped
public class ReferenceService {
    public List<Label> platforms() {
        return Platform.<Platform>listAll(Sort.by("position")).stream()
                .map(p -> new Label(p.slug, p.nameJa, p.nameEn)).toList();
    }

    public List<Label> categories() {
        return Category.<Category>listAll(Sort.by("position")).stream()
                .map(c -> new Label(c.slug, c.nameJa, c.nameEn)).toList();
    }

    public Optional<Label> platform(String slug) {
        return slug == null ? Optional.empty()
                : Platform.<Platform>findByIdOptional(slug).map(p -> new Label(p.slug, p.nameJa, p.nameEn));
    }

    public Optional<Label> category(String slug) {
        return slug == null ? Optional.empty()
                : Category.<Category>findByIdOptional(slug).map(c -> new Label(c.slug, c.nameJa, c.nameEn));
    }
}

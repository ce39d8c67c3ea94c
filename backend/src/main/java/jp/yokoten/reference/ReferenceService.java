package jp.yokoten.reference;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Platforms and categories for the other features. Both lists are tiny and fixed by migration, so each replica reads
 * them once: every filtered search checks its platform and category, and two entity lookups were ≈ 7 % of its CPU.
 */
@ApplicationScoped
public class ReferenceService {
    private volatile List<Label> platforms;
    private volatile List<Label> categories;

    public List<Label> platforms() {
        if (platforms == null) { // two first requests may both read: harmless, the lists are equal
            platforms = Platform.<Platform>listAll(Sort.by("position")).stream().map(p -> new Label(p.slug, p.nameJa, p.nameEn)).toList();
        }
        return platforms;
    }

    public List<Label> categories() {
        if (categories == null) {
            categories = Category.<Category>listAll(Sort.by("position")).stream().map(c -> new Label(c.slug, c.nameJa, c.nameEn)).toList();
        }
        return categories;
    }

    public Optional<Label> platform(String slug) {
        return platforms().stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public Optional<Label> category(String slug) {
        return categories().stream().filter(l -> l.slug().equals(slug)).findFirst();
    }
}

package jp.yokoten.ward;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Read access to the ward list for the other features. */
@ApplicationScoped
public class WardService {
    /** All wards in the order of their official codes (the order used in government lists). */
    public List<WardView> list() {
        return Ward.<Ward>listAll(Sort.by("code")).stream().map(WardView::from).toList();
    }

    public Optional<WardView> find(String slug) {
        return Ward.<Ward>findByIdOptional(slug).map(WardView::from);
    }
}

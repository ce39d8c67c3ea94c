package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.process.ProcessService;
import jp.yokoten.reference.ReferenceService;
import jp.yokoten.ward.WardService;

/** Refuses unknown filter values (400) rather than answering "nothing matches" to a typo. */
@ApplicationScoped
class SearchReferences {
    @Inject
    ReferenceService reference;

    @Inject
    ProcessService processes;

    @Inject
    WardService wards;

    void check(SearchQuery q) {
        List<Problem.FieldError> errors = new ArrayList<>();
        unknown(errors, "platform", q.platform(), () -> reference.platform(q.platform()), "platforms");
        unknown(errors, "category", q.category(), () -> reference.category(q.category()), "categories");
        unknown(errors, "process", q.process(), () -> processes.find(q.process()), "processes");
        unknown(errors, "ward", q.ward(), () -> wards.find(q.ward()), "wards");
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
    }

    private static void unknown(List<Problem.FieldError> errors, String field, Object value, Supplier<Optional<?>> find, String list) {
        if (value != null && find.get().isEmpty()) {
            errors.add(new Problem.FieldError(field, "unknown " + field + "; see GET /api/v1/" + list));
        }
    }
}

package jp.yokoten.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.process.ProcessService;
import jp.yokoten.publication.Visibility;
import jp.yokoten.reference.ReferenceService;

/**
 * The reference checks of template fields, written once: an unknown platform, category or process is a field
 * error naming the list to choose from, never a silent non-match (search filters: {@code search/SearchReferences}).
 */
@ApplicationScoped
public class TemplateChecks {
    private static final Set<String> PERSONAL_DATA_NEEDS_NOTE = Set.of("contains");

    @Inject
    ReferenceService reference;

    @Inject
    ProcessService processes;

    @Inject
    Visibility visibility;

    /**
     * 400 listing every invalid field of a template; {@code self} is the edited template (null on create).
     * Platform and category are never null here: bean validation refused blank ones before.
     */
    public void requireValid(TemplateFields f, UUID self) {
        List<Problem.FieldError> errors = new ArrayList<>();
        knownPlatform(errors, "platform", f.platform());
        knownCategory(errors, "category", f.category());
        if (PERSONAL_DATA_NEEDS_NOTE.contains(f.personalData()) && (f.personalDataNote() == null || f.personalDataNote().isBlank())) {
            errors.add(new Problem.FieldError("personalDataNote", "describe the personal data the template contains"));
        }
        LocalDate today = Clocks.today();
        if (f.developmentStartedOn() != null && f.developmentStartedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("developmentStartedOn", "must not be in the future"));
        }
        if (f.releasedOn() != null && f.releasedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("releasedOn", "must not be in the future"));
        }
        if (f.developmentStartedOn() != null && f.releasedOn() != null && f.releasedOn().isBefore(f.developmentStartedOn())) {
            errors.add(new Problem.FieldError("releasedOn", "must not be before developmentStartedOn"));
        }
        knownProcess(errors, "processId", f.processId());
        if (f.derivedFrom() != null) {
            Template origin = Template.findById(f.derivedFrom());
            if (f.derivedFrom().equals(self) || origin == null || !visibility.canSee(origin)) {
                errors.add(new Problem.FieldError("derivedFrom", "must name another template you can see"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The template has invalid fields.", errors);
        }
    }

    private void knownPlatform(List<Problem.FieldError> errors, String field, String slug) {
        if (slug != null && reference.platform(slug).isEmpty()) {
            errors.add(new Problem.FieldError(field, "unknown platform; see GET /api/v1/platforms"));
        }
    }

    private void knownCategory(List<Problem.FieldError> errors, String field, String slug) {
        if (slug != null && reference.category(slug).isEmpty()) {
            errors.add(new Problem.FieldError(field, "unknown category; see GET /api/v1/categories"));
        }
    }

    private void knownProcess(List<Problem.FieldError> errors, String field, UUID id) {
        if (id != null && processes.find(id).isEmpty()) {
            errors.add(new Problem.FieldError(field, "unknown process; see GET /api/v1/processes"));
        }
    }
}

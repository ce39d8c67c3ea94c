package jp.yokoten.process;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.NotFound;

/** The admin-maintained list of common business processes. */
@ApplicationScoped
public class ProcessService {
    @Inject
    AuditService audit;

    public List<ProcessView> list() {
        return Process.<Process>listAll(Sort.by("nameJa")).stream().map(ProcessView::of).toList();
    }

    public Optional<ProcessView> find(UUID id) {
        return id == null ? Optional.empty() : Process.<Process>findByIdOptional(id).map(ProcessView::of);
    }

    public long count() {
        return Process.count();
    }

    @Transactional
    public ProcessView create(ProcessRequest request) {
        requireUniqueName(request.nameJa(), null);
        Process p = new Process();
        p.id = UUID.randomUUID();
        p.nameJa = request.nameJa().strip();
        p.nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        p.createdAt = Clocks.now();
        p.persist();
        audit.record("process.created", "process", p.id, null, Map.of("nameJa", p.nameJa));
        return ProcessView.of(p);
    }

    @Transactional
    public ProcessView rename(UUID id, ProcessRequest request) {
        Process p = Process.<Process>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no process " + id + "."));
        requireUniqueName(request.nameJa(), id);
        String before = p.nameJa;
        p.nameJa = request.nameJa().strip();
        p.nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        audit.record("process.renamed", "process", p.id, Map.of("nameJa", before), Map.of("nameJa", p.nameJa));
        return ProcessView.of(p);
    }

    private static void requireUniqueName(String nameJa, UUID self) {
        Process same = Process.find("nameJa", nameJa.strip()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw new Conflict("A process named " + nameJa.strip() + " exists already.");
        }
    }
}

package jp.yokoten.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.file.UploadInspector;

/**
 * Governance findings of template versions: the scan at upload, the list reviewers read, publishers'
 * justifications and the rule that high findings block submission until each one is justified.
 * Callers (the template catalog) decide who may see or change a version; this class trusts them.
 */
@ApplicationScoped
public class FindingService {
    /** Ordering for reviewers: high first, then where they were found. */
    private static final String ORDER = "case severity when 'high' then 0 when 'medium' then 1 else 2 end, ordinal";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    Event<ScanStarting> scanning;

    /**
     * Scans an upload the upload check has inspected: its archive as read there, nested archives charged to the
     * same budget. Runs outside any transaction: it may inflate up to the uncompressed limit and must not hold a
     * connection or a lock meanwhile.
     */
    @Transactional(Transactional.TxType.NEVER)
    public List<GovernanceScanner.RawFinding> scan(Path file, String fileName, UploadInspector.Inspection inspection)
            throws IOException {
        scanning.fire(new ScanStarting(fileName));
        return new GovernanceScanner(inspection.budget().limits()).scan(file, fileName, inspection.archive(), inspection.budget());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FindingCounts record(UUID versionId, List<GovernanceScanner.RawFinding> raw) {
        int ordinal = 0;
        for (GovernanceScanner.RawFinding r : raw) {
            Finding f = new Finding();
            f.id = UUID.randomUUID();
            f.versionId = versionId;
            f.ordinal = ++ordinal;
            f.ruleId = r.rule().id;
            f.severity = r.rule().severity.id();
            f.location = cut(r.location(), 1000);
            f.excerpt = cut(r.excerpt(), 300);
            f.persist();
        }
        int high = (int) raw.stream().filter(r -> r.rule().severity == Rule.Severity.HIGH).count();
        int medium = (int) raw.stream().filter(r -> r.rule().severity == Rule.Severity.MEDIUM).count();
        return new FindingCounts(high, medium, raw.size() - high - medium, high);
    }

    public Page<FindingView> list(UUID versionId, PageRequest paging) {
        List<FindingView> items = em.createQuery("from Finding where versionId = :v order by " + ORDER, Finding.class)
                .setParameter("v", versionId)
                .setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList().stream().map(FindingView::of).toList();
        return new Page<>(items, paging.page(), paging.size(), Finding.count("versionId", versionId));
    }

    /** Records (or replaces) the publisher's justification; the audit entry names who justified what. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FindingView justify(UUID templateId, String version, UUID versionId, UUID findingId, String text) {
        Finding f = Finding.<Finding>find("id = ?1 and versionId = ?2", findingId, versionId).firstResult();
        if (f == null) {
            throw new NotFound("Version " + version + " has no finding " + findingId + ".");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("justification", f.justification);
        f.justification = text.strip();
        f.justifiedBy = user.subject();
        f.justifiedByName = user.displayName();
        f.justifiedAt = Clocks.now();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", version);
        after.put("finding", f.id.toString());
        after.put("rule", f.ruleId);
        after.put("location", f.location);
        after.put("justification", f.justification);
        audit.record("finding.justified", "template", templateId, before, after);
        return FindingView.of(f);
    }

    /** Refuses with 409 and the list when a high finding of the version has no justification. */
    public void requireJustified(UUID versionId) {
        List<FindingView> open = em.createQuery(
                        "from Finding where versionId = :v and severity = 'high' and justification is null order by ordinal", Finding.class)
                .setParameter("v", versionId).getResultList().stream().map(FindingView::of).toList();
        if (!open.isEmpty()) {
            throw new UnjustifiedFindings(open);
        }
    }

    /** Counts for many versions in one grouped query (version lists, the review queue). */
    public Map<UUID, FindingCounts> counts(Collection<UUID> versionIds) {
        Map<UUID, FindingCounts> result = new HashMap<>();
        if (versionIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("""
                select versionId,
                       sum(case when severity = 'high' then 1 else 0 end),
                       sum(case when severity = 'medium' then 1 else 0 end),
                       sum(case when severity = 'info' then 1 else 0 end),
                       sum(case when severity = 'high' and justification is null then 1 else 0 end)
                from Finding where versionId in :ids group by versionId""", Object[].class)
                .setParameter("ids", versionIds).getResultList();
        for (Object[] r : rows) {
            result.put((UUID) r[0], new FindingCounts(num(r[1]), num(r[2]), num(r[3]), num(r[4])));
        }
        return result;
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package jp.yokoten.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.sql.ReadModels;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.publication.Visibility;
import jp.yokoten.search.SearchIndex;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.stats.StatsRollups;
import jp.yokoten.template.TemplateRef;
import jp.yokoten.template.TemplateService;
import jp.yokoten.template.version.VersionRef;
import jp.yokoten.usage.UsageService;
import jp.yokoten.ward.WardService;

/** Adoptions (横展開): a ward records that it uses a template; the figures behind the cross-ward KPI. */
@ApplicationScoped
public class AdoptionService {
    public static final String SOURCE_WARD = "ward";
    public static final String SOURCE_HEARING = "hearing";

    @Inject
    CurrentUser user;

    @Inject
    TemplateService templates;

    @Inject
    WardService wards;

    @Inject
    SearchIndex searchIndex;

    @Inject
    StatsRollups rollups;

    @Inject
    UsageService usage;

    @Inject
    AuditService audit;

    @Inject
    ReadModels read;

    public record Recorded(AdoptionView adoption, boolean created) {}

    @Transactional
    public Recorded record(UUID templateId, AdoptionRequest request) {
        String ward = user.ward().orElseThrow(() -> new Forbidden(
                "Your account belongs to no ward; adoptions are recorded for a ward (ask for the group /wards/<ward>)."));
        return record(templateId, ward, request, SOURCE_WARD);
    }

    /**
     * Records for {@code ward}: source {@code ward} when the ward's own staff record it (this replaces a hearing-based
     * record: confirm or correct), {@code hearing} when a reviewer or admin records what a hearing survey found
     * (SPEC §13); a hearing never overwrites what the ward recorded itself.
     */
    @Transactional
    public Recorded record(UUID templateId, String ward, AdoptionRequest request, String source) {
        TemplateRef t = templates.ref(templateId);
        if (!t.published()) {
            throw new Conflict("Only published templates can be adopted; this one is " + t.status() + ".");
        }
        LocalDate today = Clocks.today();
        LocalDate on = request.adoptedOn() == null ? today : request.adoptedOn();
        if (on.isAfter(today)) {
            throw new InvalidInput("adoptedOn", "must not be in the future (today in Japan is " + today + ")");
        }
        VersionRef version = templates.adoptableVersion(t.id(), request.version());
        // Adoptions of one template take turns on its counters row: adoption count and rollups stay exact.
        searchIndex.lockCounters(t.id());
        Adoption a = Adoption.findById(new Adoption.Key(ward, t.id()));
        boolean created = a == null;
        if (!created && SOURCE_HEARING.equals(source) && SOURCE_WARD.equals(a.source)) {
            throw new Conflict("The ward recorded this adoption itself; a hearing result does not overwrite it.");
        }
        Map<String, Object> before = created ? null : state(a);
        LocalDate previousDate = created ? null : a.adoptedOn;
        OffsetDateTime now = Clocks.now();
        if (created) {
            a = new Adoption();
            a.key = new Adoption.Key(ward, t.id());
            a.crossWard = !ward.equals(t.ownerWard());
            a.createdAt = now;
        }
        a.versionId = version.id();
        a.status = request.status() == null ? (created ? "trial" : a.status) : request.status();
        a.adoptedOn = on;
        a.hoursSavedPerYear = request.hoursSavedPerYear();
        a.note = request.note() == null || request.note().isBlank() ? null : request.note();
        a.recordedBy = user.subject();
        a.source = source;
        a.updatedAt = now;
        if (created) {
            a.persist();
        }
        a.flush();
        rollups.refreshAdoptions(t.id(), FiscalYear.of(on));
        if (previousDate != null && !FiscalYear.of(previousDate).equals(FiscalYear.of(on))) {
            rollups.refreshAdoptions(t.id(), FiscalYear.of(previousDate));
        }
        long adopting = Adoption.count("key.templateId = ?1 and status <> 'discontinued'", t.id());
        searchIndex.setAdoptionCount(t.id(), (int) adopting);
        if (SOURCE_WARD.equals(source)) { // a hearing is not a use of the portal by the ward
            usage.record("adopt", t.id(), version.version());
        }
        Map<String, Object> after = state(a);
        after.put("version", version.version());
        audit.record(created ? "adoption.recorded" : "adoption.updated", "template", t.id(), before, after);
        return new Recorded(new AdoptionView(ward, t.id(), t.title(), t.ownerWard(), version.version(), a.status, a.adoptedOn,
                a.hoursSavedPerYear, a.note, a.crossWard, a.source, a.updatedAt, null), created);
    }

    /** Which wards adopted a template the caller can see. */
    public Page<AdoptionView> forTemplate(UUID templateId, PageRequest paging) {
        TemplateRef t = templates.ref(templateId);
        return query("a.template_id = ?", t.id(), "w.code, a.ward", paging);
    }

    /** A ward's adoptions, newest first, each saying whether a newer approved version exists. */
    public Page<AdoptionView> forWard(String ward, PageRequest paging) {
        if (wards.find(ward).isEmpty()) {
            throw new NotFound("There is no ward " + ward + ".");
        }
        return query("a.ward = ?", ward, "a.updated_at DESC, a.template_id", paging);
    }

    /** A read model: plain SQL into {@link AdoptionView}, paged, each row saying whether a newer approved version exists. */
    private Page<AdoptionView> query(String where, Object param, String order, PageRequest paging) {
        // The visibility rule of every publishable, in SQL: a ward's list must not show the titles of other
        // wards' archived (or not yet published) templates. Overseers see everything.
        String from = "FROM adoption a JOIN ward w ON w.slug = a.ward JOIN template t ON t.id = a.template_id "
                + "JOIN template_version v ON v.id = a.version_id WHERE " + where + " AND " + Visibility.sql(user, "t", "?");
        return read.page("""
                SELECT a.ward, a.template_id, t.title, t.owner_ward, v.version, a.status, a.adopted_on, a.hours_saved_per_year,
                       a.note, a.cross_ward, a.source, a.updated_at,
                       EXISTS (SELECT 1 FROM template_version n WHERE n.template_id = a.template_id AND n.status = 'approved'
                               AND (n.major, n.minor, n.patch) > (v.major, v.minor, v.patch))""", from, order, paging,
                rs -> new AdoptionView(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getString(9),
                        rs.getBoolean(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getBoolean(13)),
                param, Visibility.viewerWard(user));
    }

    private static Map<String, Object> state(Adoption a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ward", a.key.ward());
        s.put("status", a.status);
        s.put("adoptedOn", a.adoptedOn.toString());
        s.put("hoursSavedPerYear", a.hoursSavedPerYear);
        s.put("source", a.source);
        return s;
    }
}

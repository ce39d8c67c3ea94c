package jp.yokoten.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.ward.WardService;

/**
 * Keeps the register: operators write for any ward, publishers for their own; the committee reads. A certification
 * is valid on day D when certified on or before D, not expired before D and not revoked on or before D.
 */
@ApplicationScoped
public class CertificationService {
    static final String TYPE = "certification";
    /** The one validity rule, in SQL, for lists, counts and the mark (:d is the day). */
    static final String VALID_ON = "c.certified_on <= :d AND (c.expires_on IS NULL OR c.expires_on >= :d)"
            + " AND (c.revoked_on IS NULL OR c.revoked_on > :d)";

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    WardService wards;

    @Inject
    EntityManager em;

    @Transactional
    public CertificationView record(CertificationRequest r) {
        String ward = writableWard(r.ward());
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = Clocks.today();
        if (r.certifiedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("certifiedOn", "must not be in the future (today is " + today + " in Japan)"));
        }
        if (r.expiresOn() != null && r.expiresOn().isBefore(r.certifiedOn())) {
            errors.add(new Problem.FieldError("expiresOn", "must not be before certifiedOn"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The certification has invalid dates.", errors);
        }
        Certification c = new Certification();
        c.id = UUID.randomUUID();
        c.ward = ward;
        c.subject = blank(r.subject());
        c.displayName = r.displayName().strip();
        c.department = blank(r.department());
        c.level = r.level();
        c.certifiedOn = r.certifiedOn();
        c.expiresOn = r.expiresOn();
        c.recordedBy = user.subject();
        c.recordedAt = Clocks.now();
        c.persist();
        audit.record("certification.recorded", TYPE, c.id, null, Map.of("ward", ward, "level", c.level,
                "certifiedOn", c.certifiedOn.toString()));
        return view(c);
    }

    @Transactional
    public CertificationView revoke(UUID id, RevokeRequest r) {
        Certification c = Certification.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !(user.hasRole(CurrentUser.ADMIN) || user.publishesFor(c.ward))) {
            throw new NotFound("There is no certification " + id + " in a register you keep.");
        }
        if (c.revokedOn != null) {
            throw new Conflict("The certification was revoked on " + c.revokedOn + ".");
        }
        c.revokedOn = Clocks.today();
        c.revokedReason = r.reason().strip();
        c.revokedBy = user.subject();
        audit.record("certification.revoked", TYPE, c.id, Map.of("revokedOn", "none"),
                Map.of("revokedOn", c.revokedOn.toString(), "reason", c.revokedReason));
        return view(c);
    }

    /** The register, newest certification first; publishers who are not operators or judges see only their ward. */
    @SuppressWarnings("unchecked")
    public Page<CertificationView> list(String ward, String level, LocalDate validOn, PageRequest paging) {
        String w = readableWard(ward);
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (w != null) {
            where.append(" AND c.ward = :ward");
            params.put("ward", w);
        }
        if (level != null) {
            where.append(" AND c.level = :level");
            params.put("level", level);
        }
        if (validOn != null) {
            where.append(" AND ").append(VALID_ON);
            params.put("d", Date.valueOf(validOn));
        }
        Query rows = em.createNativeQuery("""
                SELECT c.id, c.ward, c.subject, c.display_name, c.department, c.level, c.certified_on, c.expires_on,
                       c.revoked_on, c.revoked_reason, c.recorded_at FROM certification c""" + where
                + " ORDER BY c.certified_on DESC, c.id LIMIT :limit OFFSET :offset");
        Query count = em.createNativeQuery("SELECT count(*) FROM certification c" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        LocalDate today = Clocks.today();
        List<CertificationView> items = ((List<Object[]>) rows.getResultList()).stream().map(r -> {
            LocalDate certified = date(r[6]);
            LocalDate expires = date(r[7]);
            LocalDate revoked = date(r[8]);
            return new CertificationView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    certified, expires, revoked, (String) r[9], time(r[10]),
                    valid(certified, expires, revoked, today));
        }).toList();
        return new Page<>(items, paging.page(), paging.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** The 「認定開発者が作成」 mark: did this subject hold a valid certification on that day? */
    public boolean certifiedOn(String subject, LocalDate day) {
        if (subject == null) {
            return false;
        }
        return !em.createNativeQuery("SELECT 1 FROM certification c WHERE c.subject = :s AND " + VALID_ON)
                .setParameter("s", subject).setParameter("d", Date.valueOf(day)).setMaxResults(1).getResultList().isEmpty();
    }

    /** Certifications valid on the day, per ward (wards without any are absent). */
    @SuppressWarnings("unchecked")
    public Map<String, Long> validPerWard(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT c.ward, count(*) FROM certification c WHERE " + VALID_ON + " GROUP BY c.ward")
                .setParameter("d", Date.valueOf(day)).getResultList())
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private CertificationView view(Certification c) {
        return new CertificationView(c.id, c.ward, c.subject, c.displayName, c.department, c.level, c.certifiedOn, c.expiresOn,
                c.revokedOn, c.revokedReason, c.recordedAt, valid(c.certifiedOn, c.expiresOn, c.revokedOn, Clocks.today()));
    }

    static boolean valid(LocalDate certified, LocalDate expires, LocalDate revoked, LocalDate day) {
        return !certified.isAfter(day) && (expires == null || !expires.isBefore(day)) && (revoked == null || revoked.isAfter(day));
    }

    /** Operators name the ward; a publisher writes only for their own (omitting it means their own). */
    private String writableWard(String requested) {
        String w = blank(requested);
        if (user.hasRole(CurrentUser.ADMIN)) {
            if (w == null) {
                throw new InvalidInput("ward", "is required: the ward whose register the certification belongs to");
            }
            return known(w);
        }
        String own = user.ward().filter(x -> user.hasRole(CurrentUser.PUBLISHER))
                .orElseThrow(() -> new Forbidden("Only operators and publishers of a ward keep the register."));
        if (w != null && !w.equals(own)) {
            throw new Forbidden("Publishers record certifications of their own ward only.");
        }
        return own;
    }

    /** Null means every ward the caller may read. */
    private String readableWard(String requested) {
        String w = blank(requested);
        if (w != null) {
            known(w);
        }
        if (user.hasRole(CurrentUser.ADMIN) || user.hasRole(CurrentUser.AWARD_COMMITTEE)) {
            return w;
        }
        String own = user.ward().orElseThrow(() -> new Forbidden("Publishers read the register of their own ward only."));
        if (w != null && !w.equals(own)) {
            throw new Forbidden("Publishers read the register of their own ward only.");
        }
        return own;
    }

    private String known(String ward) {
        if (wards.find(ward).isEmpty()) {
            throw new InvalidInput("ward", "unknown ward; see GET /api/v1/wards");
        }
        return ward;
    }

    private static LocalDate date(Object v) {
        return v == null ? null : v instanceof LocalDate d ? d : ((Date) v).toLocalDate();
    }

    private static java.time.OffsetDateTime time(Object v) {
        return v instanceof java.time.OffsetDateTime o ? o
                : v instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                : ((java.sql.Timestamp) v).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

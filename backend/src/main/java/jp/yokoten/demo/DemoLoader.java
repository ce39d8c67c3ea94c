package jp.yokoten.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.yokoten.adoption.AdoptionRequest;
import jp.yokoten.adoption.AdoptionService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.rating.RatingRequest;
import jp.yokoten.rating.RatingService;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.story.Story;
import jp.yokoten.story.StoryFields;
import jp.yokoten.story.StoryService;
import jp.yokoten.template.Template;
import jp.yokoten.template.TemplateFields;
import jp.yokoten.template.TemplateService;
import jp.yokoten.template.version.VersionService;
import jp.yokoten.ward.WardService;

/**
 * Loads the demo portal through the application's own services — create, upload (with the governance scan),
 * justify, submit, review, view, download, adopt, rate, tell a story — each step as its actor and at its
 * date ({@link Clocks#asOf}), so workflow, audit trail, counters and fiscal-year rollups stay consistent.
 * Idempotent: an item the demo publisher already created is skipped with everything that hangs off it.
 */
@ApplicationScoped
public class DemoLoader {
    static final String PREFIX = "demo-";
    private static final RunAs.Actor REVIEWER = new RunAs.Actor("demo-coe-reviewer", "CoE 審査担当（デモ）", "chiyoda",
            Set.of(CurrentUser.STAFF, CurrentUser.REVIEWER));

    @Inject
    RunAs runAs;

    @Inject
    DemoMeasures measures;

    @Inject
    TemplateService templates;

    @Inject
    VersionService versions;

    @Inject
    StoryService stories;

    @Inject
    AdoptionService adoptions;

    @Inject
    RatingService ratings;

    @Inject
    WardService wards;


    /** What one load did; a second load reports zeros. */
    public record Result(int templates, int adoptions, int ratings, int stories) {}


    @ActivateRequestContext
    public Result load() {
        Map<String, UUID> fresh = new HashMap<>();
        for (DemoData.TemplateSpec spec : DemoData.TEMPLATES) {
            if (Template.count("title = ?1 and ownerWard = ?2 and createdBy = ?3", spec.title(), spec.ward(), publisher(spec.ward()).subject()) == 0) {
                fresh.put(spec.key(), template(spec));
            }
        }
        int adopted = 0;
        for (DemoData.AdoptionSpec a : DemoData.ADOPTIONS) {
            UUID id = fresh.get(a.template());
            if (id != null) {
                at(a.on(), 11, () -> runAs.call(staff(a.ward()), () -> {
                    templates.view(id);
                    versions.file(id, "1.0.0"); // "import into my ward" downloads, then records the adoption
                    return adoptions.record(id, new AdoptionRequest(null, a.status(), a.on(),
                            a.hoursPerYear() == 0 ? null : BigDecimal.valueOf(a.hoursPerYear()), null));
                }));
                adopted++;
            }
        }
        int rated = 0;
        for (DemoData.RatingSpec r : DemoData.RATINGS) {
            UUID id = fresh.get(r.template());
            if (id != null) {
                at(r.on(), 15, () -> runAs.call(staff(r.ward()), () -> ratings.put(id, new RatingRequest(r.stars(), r.comment()))));
                rated++;
            }
        }
        int told = 0;
        for (DemoData.StorySpec s : DemoData.STORIES) {
            if (Story.count("title = ?1 and ownerWard = ?2", s.title(), s.ward()) == 0) {
                story(s);
                told++;
            }
        }
        measures.load(fresh);
        return new Result(fresh.size(), adopted, rated, told);
    }

    private UUID template(DemoData.TemplateSpec spec) {
        RunAs.Actor publisher = publisher(spec.ward());
        LocalDate published = spec.published();
        LocalDate released = published != null ? published.minusDays(14) : null;
        LocalDate start = released != null ? released.minusDays(spec.developmentDays()) : null;
        TemplateFields fields = new TemplateFields(spec.title(), spec.titleEn(), spec.summary(),
                "## 概要\n" + spec.summary() + "\n\n## 使い方\n1. ファイルをダウンロードし、自区の環境に取り込みます。\n2. 項目名と選択肢を自区に合わせます。\n",
                spec.platform(), spec.category(), spec.tags(), null, "none", null, "庁内利用に限り、改変して利用できます。",
                start, released, spec.hoursPerYear() == 0 ? null : BigDecimal.valueOf(spec.hoursPerYear()),
                null, spec.process() == null ? null : UUID.fromString(spec.process()));
        LocalDate created = published != null ? published.minusDays(13) : Clocks.today().minusDays(10);
        UUID id = at(created, 10, () -> runAs.call(publisher, () -> templates.create(fields).id));
        if (spec.file() != null) {
            at(created, 11, () -> runAs.call(publisher, () -> upload(id, spec)));
        }
        if (spec.justification() != null) {
            at(created, 12, () -> runAs.call(publisher, () -> {
                versions.findings(id, "1.0.0", PageRequest.of("0", "100")).items().stream()
                        .filter(f -> "high".equals(f.severity()))
                        .forEach(f -> versions.justify(id, "1.0.0", f.id(), spec.justification()));
                return null;
            }));
        }
        if (spec.submitted()) {
            LocalDate submitted = published != null ? published.minusDays(3) : Clocks.today().minusDays(2);
            at(submitted, 9, () -> runAs.call(publisher, () -> templates.submit(id)));
        }
        if (published != null) {
            at(published, 14, () -> runAs.call(REVIEWER, () -> templates.decide(id, new ReviewDecision("approve", List.of(), null))));
        }
        return id;
    }

    private Object upload(UUID id, DemoData.TemplateSpec spec) {
        try {
            Path file = Files.createTempFile("yokoten-demo", null);
            try {
                Files.write(file, spec.file().get());
                return versions.upload(id, "1.0.0", "初版", file, spec.fileName());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void story(DemoData.StorySpec s) {
        RunAs.Actor publisher = publisher(s.ward());
        List<UUID> links = s.templates().stream()
                .map(key -> DemoData.TEMPLATES.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow())
                .map(t -> Template.<Template>find("title = ?1 and ownerWard = ?2", t.title(), t.ward()).firstResult().id)
                .toList();
        StoryFields fields = new StoryFields(s.title(), s.titleEn(), s.body(), links,
                s.hours() == null ? null : BigDecimal.valueOf(s.hours()), s.costYen(), s.days(), s.residents());
        LocalDate written = s.published() != null ? s.published().minusDays(7) : Clocks.today().minusDays(3);
        UUID id = at(written, 10, () -> runAs.call(publisher, () -> stories.create(fields).id));
        if (s.submitted()) {
            at(written.plusDays(1), 10, () -> runAs.call(publisher, () -> stories.submit(id)));
        }
        if (s.published() != null) {
            at(s.published(), 14, () -> runAs.call(REVIEWER, () -> stories.decide(id, new ReviewDecision("approve", List.of(), null))));
        }
    }

    private RunAs.Actor publisher(String ward) {
        return new RunAs.Actor(PREFIX + "publisher-" + ward, wardName(ward) + " DX推進担当（デモ）", ward,
                Set.of(CurrentUser.STAFF, CurrentUser.PUBLISHER));
    }

    private RunAs.Actor staff(String ward) {
        return new RunAs.Actor(PREFIX + "staff-" + ward, wardName(ward) + " 職員（デモ）", ward, Set.of(CurrentUser.STAFF));
    }

    private String wardName(String ward) {
        return wards.find(ward).map(w -> w.nameJa()).orElse(ward);
    }

    /** Runs a step at the given day and hour in Japan. */
    static <T> T at(LocalDate day, int hour, Supplier<T> step) {
        Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(Clocks.JST).toInstant();
        return Clocks.asOf(at, step);
    }
}

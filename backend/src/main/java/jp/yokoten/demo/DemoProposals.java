package jp.yokoten.demo;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.yokoten.certification.CertificationRequest;
import jp.yokoten.certification.CertificationService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.proposal.Proposal;
import jp.yokoten.proposal.ProposalFields;
import jp.yokoten.proposal.ProposalService;
import jp.yokoten.proposal.ProposalStatusRequest;
import jp.yokoten.proposal.ProposalSupports;
import jp.yokoten.template.Template;

/**
 * Demo proposals over FY2025–2026 in every status (supported by several wards, two solved by demo templates, one
 * duplicate) and certifications in several wards, so the new KPIs are not zero on first run. Runs after the
 * templates, through the services, at the dates given; skipped when its first proposal already exists.
 */
@ApplicationScoped
class DemoProposals {
    private static final String PREFIX = "demo-";
    private static final int TARGET_WARD_COUNT = 100;
    private static final String[] WARDS = {"koto", "minato", "shinagawa", "setagaya", "nerima", "adachi", "sumida", "chiyoda"};

    record Spec(String ward, String title, String problem, String idea, String category, LocalDate on, List<String> supporters,
            boolean anonymous) {}

    static final List<Spec> PROPOSALS = List.of(
            new Spec("koto", "保育園の空き状況を毎日公開したい", "空き状況を電話で問い合わせる保護者が多く、窓口の負担が大きい。",
                    "kintoneで空き状況を管理し、毎朝ホームページへ自動で公開する。", "childcare", LocalDate.of(2025, 6, 10),
                    List.of("minato", "shinagawa", "setagaya", "nerima"), false),
            new Spec("setagaya", "子育て相談の記録を引き継ぎやすくしたい", "相談記録が紙で、担当交代時に経緯が伝わらない。",
                    "相談記録アプリで経緯を一覧できるようにする。", "childcare", LocalDate.of(2025, 9, 1), List.of("adachi", "koto"), true),
            new Spec("minato", "防災備蓄品の在庫を区全体で見える化", "備蓄倉庫ごとにExcelが分かれ、集計に毎月2日かかる。",
                    "Power Appsで在庫を入力し、ダッシュボードで集計する。", "disaster-prevention", LocalDate.of(2026, 3, 31),
                    List.of("koto", "chiyoda"), false),
            new Spec("nerima", "区民意識調査をオンラインで回答したい", "紙の調査票の入力に委託費がかかっている。",
                    "LoGoフォームで回答を受け付ける。", "resident-services", LocalDate.of(2026, 4, 1), List.of("sumida", "koto", "minato"), false),
            new Spec("shinagawa", "公用車の予約を一元化したい", "課ごとの予約表で重複予約が起きる。", "共有の予約アプリを作る。",
                    "general-affairs", LocalDate.of(2026, 5, 20), List.of("setagaya"), false),
            new Spec("adachi", "議事録作成を自動化したい", "会議録の文字起こしに時間がかかる。", "音声認識と要約で下書きを作る。",
                    "general-affairs", LocalDate.of(2026, 6, 15), List.of("minato", "koto", "shinagawa"), true),
            new Spec("chiyoda", "保育園の空き情報をWebで見たい", "保護者からの電話問い合わせが多い。", "空き情報を公開する。",
                    "childcare", LocalDate.of(2026, 8, 3), List.of(), false),
            new Spec("sumida", "イベント申込をオンライン化したい", "往復はがきの集計が大変。", "申込フォームと抽選を自動化する。",
                    "events", LocalDate.of(2026, 10, 1), List.of("nerima"), false));

    @Inject
    RunAs runAs;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalSupports supports;

    @Inject
    CertificationService certifications;

    /** Proposals and certifications added (zero when already loaded). */
    int load() {
        if (Proposal.count("title", PROPOSALS.get(0).title()) > 0) {
            return 0;
        }
        List<Template> published = Template.<Template>list("status = 'published'", Sort.by("publishedAt").and("id"));
        UUID[] ids = new UUID[PROPOSALS.size()];
        for (int i = 0; i < PROPOSALS.size(); i++) {
            Spec s = PROPOSALS.get(i);
            ids[i] = at(s.on(), 10, () -> runAs.call(staff(s.ward()), () -> proposals.create(new ProposalFields(s.title(), s.problem(),
                    s.idea(), BigDecimal.valueOf(120), s.category(), null, s.anonymous())).id()));
            UUID id = ids[i];
            for (String ward : s.supporters()) {
                at(s.on().plusDays(3), 11, () -> runAs.call(staff(ward), () -> supports.support(id)));
            }
        }
        // Every status: accepted, in development, solved by demo templates, declined, one duplicate; the rest open.
        answer(ids, 0, "accepted", "採用します。", null, null, LocalDate.of(2025, 7, 1));
        answer(ids, 2, "in_development", "在庫管理アプリを開発中です。", null, null, LocalDate.of(2026, 4, 20));
        if (published.size() >= 2) {
            answer(ids, 1, "solved", "このテンプレートで解決できます。", published.get(published.size() - 1).id, null, LocalDate.of(2026, 9, 1));
            answer(ids, 3, "solved", "既存のテンプレートを導入してください。", published.get(0).id, null, LocalDate.of(2026, 6, 1));
        }
        answer(ids, 4, "declined", "全庁の予約システム更改に合わせて検討するため、見送ります。", null, null, LocalDate.of(2026, 7, 1));
        answer(ids, 6, "duplicate", "江東区の同じ提案を支援してください。", null, ids[0], LocalDate.of(2026, 8, 10));
        int certified = 0;
        for (int w = 0; w < WARDS.length; w++) {
            for (int k = 0; k < 3 + w % 3; k++) {
                final int n = k;
                String ward = WARDS[w];
                LocalDate on = LocalDate.of(2025, 5 + n, 10 + w);
                at(on, 9, () -> runAs.call(admin(), () -> certifications.record(new CertificationRequest(ward,
                        n == 0 ? PREFIX + "publisher-" + ward : null, "認定職員 " + (n + 1) + "（デモ）", "DX推進課",
                        n % 2 == 0 ? "basic" : "advanced", on, null))));
                certified++;
            }
        }
        // One ward already meets the target of 100 (so wardsMeetingCertificationTarget is not zero either).
        for (int k = 0; k < TARGET_WARD_COUNT; k++) {
            final int n = k;
            LocalDate on = LocalDate.of(2025, 4, 15).plusDays(n % 60);
            at(on, 9, () -> runAs.call(admin(), () -> certifications.record(new CertificationRequest("setagaya", null,
                    "世田谷区 認定職員 " + (n + 1) + "（デモ）", "各課", "basic", on, null))));
            certified++;
        }
        return PROPOSALS.size() + certified;
    }

    private void answer(UUID[] ids, int i, String status, String answer, UUID template, UUID duplicateOf, LocalDate on) {
        String ward = PROPOSALS.get(i).ward();
        at(on, 13, () -> runAs.call(publisher(ward), () -> proposals.changeStatus(ids[i],
                new ProposalStatusRequest(status, answer, template, duplicateOf))));
    }

    private static RunAs.Actor staff(String ward) {
        return new RunAs.Actor(PREFIX + "proposer-" + ward, ward + " 職員（デモ）", ward, Set.of(CurrentUser.STAFF));
    }

    private static RunAs.Actor publisher(String ward) {
        return new RunAs.Actor(PREFIX + "publisher-" + ward, ward + " DX推進担当（デモ）", ward, Set.of(CurrentUser.STAFF, CurrentUser.PUBLISHER));
    }

    private static RunAs.Actor admin() {
        return new RunAs.Actor(PREFIX + "admin", "ポータル運用（デモ）", null, Set.of(CurrentUser.STAFF, CurrentUser.ADMIN));
    }

    private static <T> T at(LocalDate day, int hour, Supplier<T> step) {
        Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(Clocks.JST).toInstant();
        return Clocks.asOf(at, step);
    }
}

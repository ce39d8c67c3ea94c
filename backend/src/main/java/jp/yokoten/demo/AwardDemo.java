package jp.yokoten.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.yokoten.award.AwardEntryService;
import jp.yokoten.award.AwardJudgingService;
import jp.yokoten.award.AwardRound;
import jp.yokoten.award.AwardRoundService;
import jp.yokoten.award.EntryRequest;
import jp.yokoten.award.RoundFields;
import jp.yokoten.award.ScoreRequest;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.story.Story;
import jp.yokoten.template.Template;

/**
 * The award in the demo (issue 16): a FY2025 round already published, so everybody sees winners and badges,
 * and a FY2026 round in judging with entries from several wards and some sheets, so judges have a queue.
 * Every step through the award's services, as its actor and at its date. Skipped when the year has a round.
 */
@ApplicationScoped
class AwardDemo {
    private static final RunAs.Actor ADMIN = new RunAs.Actor("demo-portal-admin", "運用担当（デモ）", null, Set.of(CurrentUser.STAFF, CurrentUser.ADMIN));
    private static final RunAs.Actor[] JUDGES = {
        new RunAs.Actor("demo-judge-1", "審査委員A（デモ）", null, Set.of(CurrentUser.AWARD_COMMITTEE)),
        new RunAs.Actor("demo-judge-2", "審査委員B（デモ）", "chuo", Set.of(CurrentUser.STAFF, CurrentUser.AWARD_COMMITTEE)),
        new RunAs.Actor("demo-judge-3", "審査委員C（デモ）", null, Set.of(CurrentUser.AWARD_COMMITTEE)),
    };

    @Inject
    RunAs runAs;

    @Inject
    AwardRoundService rounds;

    @Inject
    AwardEntryService entries;

    @Inject
    AwardJudgingService judging;

    void load() {
        if (AwardRound.count("fiscalYear", 2025) == 0) {
            UUID round = open(2025, "2025-12-01");
            UUID shelter = enter(round, "koto", template("避難所運営管理アプリ", "koto"), null, "2025-12-10",
                    "避難者数の集計を電話・FAXからスマートフォン入力に置き換え、本部の集計作業をなくしました。");
            UUID waitlist = enter(round, "setagaya", template("待機児童 入所調整表", "setagaya"), null, "2025-12-12",
                    "入所調整表を共通様式にし、12区が同じ手順で調整できるようにしました。");
            UUID carlog = enter(round, "nerima", template("公用車運転日報アプリ", "nerima"), null, "2025-12-15",
                    "運転日報の月次集計を自動化し、車両の空き状況の問合せを減らしました。");
            move(round, "judging", "2026-01-10");
            int[][] scores = {{5, 4, 4}, {4, 5, 3}, {3, 3, 4}};
            UUID[] ids = {shelter, waitlist, carlog};
            for (int j = 0; j < JUDGES.length; j++) {
                for (int e = 0; e < ids.length; e++) {
                    int harsher = j == 1 ? 1 : 0; // the second judge scores one point lower: standardisation evens it out
                    int[] s = scores[e];
                    score(round, ids[e], JUDGES[j], s[0] - harsher, s[1] - harsher, s[2] - harsher, "2026-02-0" + (e + 1));
                }
            }
            move(round, "decided", "2026-02-20");
            prize(round, shelter, "grand", "2026-02-21");
            prize(round, waitlist, "excellence", "2026-02-21");
            prize(round, carlog, "special", "2026-02-21");
            move(round, "published", "2026-03-01");
        }
        if (AwardRound.count("fiscalYear", 2026) == 0) {
            UUID round = open(2026, "2026-10-01");
            UUID rent = enter(round, "shinagawa", null, story("家賃支援給付金 約3,200件をkintoneで管理", "shinagawa"), "2026-10-10",
                    "約3,200件の給付金申請の進み具合を、いつでも答えられるようにしました。");
            UUID ocr = enter(round, "itabashi", null, story("AI-OCRで11業務・年1,479時間を削減", "itabashi"), "2026-10-15",
                    "紙の申請書の入力をAI-OCRに置き換え、11業務で年1,479時間を削減しました。");
            enter(round, "sumida", null, story("区民意識調査をLoGoフォームで14日で公開", "sumida"), "2026-10-20",
                    "委託していた区民意識調査を職員がLoGoフォームで14日で公開しました。");
            move(round, "judging", "2026-11-16");
            score(round, rent, JUDGES[0], 4, 4, 3, "2026-11-20");
            score(round, ocr, JUDGES[0], 5, 3, 4, "2026-11-20");
            score(round, ocr, JUDGES[2], 4, 3, 3, "2026-11-22");
        }
    }

    private UUID open(int year, String on) {
        UUID id = at(on, () -> runAs.call(ADMIN, () -> rounds.create(new RoundFields(year, year + "年度 特別区ノーコード・イノベーション・アワード",
                LocalDate.of(year, 12, 20), LocalDate.of(year + 1, 2, 15), 3, null)).id));
        move(id, "open", on);
        return id;
    }

    private void move(UUID round, String phase, String on) {
        at(on, () -> runAs.call(ADMIN, () -> rounds.move(round, phase)));
    }

    private UUID enter(UUID round, String ward, UUID template, UUID story, String on, String statement) {
        RunAs.Actor publisher = new RunAs.Actor(DemoLoader.PREFIX + "publisher-" + ward, "DX推進担当（デモ）", ward,
                Set.of(CurrentUser.STAFF, CurrentUser.PUBLISHER));
        return at(on, () -> runAs.call(publisher, () -> entries.enter(round, new EntryRequest(story, template, statement)).id));
    }

    private void score(UUID round, UUID entry, RunAs.Actor judge, int a, int b, int c, String on) {
        at(on, () -> runAs.call(judge, () -> judging.score(round, entry, new ScoreRequest(a, b, c, null))));
    }

    private void prize(UUID round, UUID entry, String prize, String on) {
        at(on, () -> runAs.call(ADMIN, () -> judging.prize(round, entry, prize)));
    }

    private static UUID template(String title, String ward) {
        return Template.<Template>find("title = ?1 and ownerWard = ?2", title, ward).firstResult().id;
    }

    private static UUID story(String title, String ward) {
        return Story.<Story>find("title = ?1 and ownerWard = ?2", title, ward).firstResult().id;
    }

    private static <T> T at(String day, Supplier<T> step) {
        Instant at = LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(Clocks.JST).toInstant();
        return Clocks.asOf(at, step);
    }
}

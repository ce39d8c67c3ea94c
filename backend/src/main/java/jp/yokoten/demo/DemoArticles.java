package jp.yokoten.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.article.Article;
import jp.yokoten.article.ArticleFields;
import jp.yokoten.article.ArticleService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.template.Template;

/**
 * A handful of know-how articles (開発ノウハウ, SPEC §13) on the brief's own themes — access rights and personal
 * data, AI-OCR forms, field design for smartphones, Power Automate ownership — linked to the demo templates they
 * grew from: four published, one in review, one draft. Idempotent: an article the demo publisher wrote is skipped.
 */
@ApplicationScoped
class DemoArticles {
    private static final RunAs.Actor REVIEWER = new RunAs.Actor("demo-coe-reviewer", "CoE 審査担当（デモ）", "chiyoda",
            Set.of(CurrentUser.STAFF, CurrentUser.REVIEWER));

    /** {@code published} null: waiting for review when {@code submitted}, else a draft. */
    record ArticleSpec(String ward, String title, String platform, String category, List<String> tags, List<String> templates,
            String body, LocalDate published, boolean submitted) {}

    static final List<ArticleSpec> ARTICLES = List.of(
            new ArticleSpec("shinagawa", "個人情報を扱うkintoneアプリのアクセス権チェックリスト", "kintone", "welfare",
                    List.of("アクセス権", "個人情報", "ガバナンス"), List.of("rent"),
                    "## なぜ必要か\n給付金の申請管理では、氏名・口座番号を扱います。権限設定の不備は情報漏えいに直結します。\n\n"
                            + "## チェックリスト\n1. アプリのアクセス権で「Everyone」を外し、担当課のグループだけにする\n"
                            + "2. レコードのアクセス権で、決裁前の申請は担当者と係長だけが見られるようにする\n"
                            + "3. 口座番号のフィールドはフィールドのアクセス権で閲覧者を限定する\n"
                            + "4. CSV書き出しの権限は管理者だけに残す\n5. 年に1回、所属異動に合わせてグループの構成員を見直す\n\n"
                            + "## 品川区での運用\n約3,200件の申請を、この設定で課内の8名だけが扱っています。\n",
                    LocalDate.parse("2026-05-20"), true),
            new ArticleSpec("itabashi", "AI-OCRで読み取りやすい申請書様式にする5つのコツ", "other", "health",
                    List.of("AI-OCR", "様式", "ペーパーレス"), List.of("ocr-medical", "ocr-nursery"),
                    "## 背景\n板橋区では11業務でAI-OCRを使い、年1,479時間を削減しました。読取精度は様式でほぼ決まります。\n\n"
                            + "## コツ\n- 記入欄は1文字ずつの枠にする（特に数字と日付）\n- 欄の外に説明文を書かない\n"
                            + "- チェック欄は□ではなく、丸で囲む選択肢にしない\n- 用紙の四隅に位置合わせ用のマークを入れる\n"
                            + "- 手書きの多い欄（住所など）は読み取らず、目視確認に回す\n\n"
                            + "## 効果\n医療費助成申請で年160時間、保育入所申請で年743時間の入力作業がなくなりました。\n",
                    LocalDate.parse("2026-07-15"), true),
            new ArticleSpec("koto", "避難所でスマートフォン入力を速くするフィールド設計", "kintone", "disaster-prevention",
                    List.of("避難所", "スマートフォン", "入力画面"), List.of("shelter"),
                    "## 考え方\n避難所の職員は立ったまま、片手で入力します。訓練では入力画面の設計で報告時間が大きく変わりました。\n\n"
                            + "## 設計のポイント\n1. 避難所名はドロップダウンではなくルックアップにし、前回の値を既定にする\n"
                            + "2. 数値は「避難者数」「要配慮者数」の2つだけを必須にする\n3. 報告日時は自動で入る日時フィールドにする\n"
                            + "4. 1画面に収まる項目数（7つまで）にする\n\n## 結果\n報告にかかる時間が約3時間から10分になりました。\n",
                    LocalDate.parse("2025-11-10"), true),
            new ArticleSpec("koto", "Power Automateのフローを異動で止めないための所有者と命名のルール", "power-automate", "general-affairs",
                    List.of("Power Automate", "命名規則", "属人化"), List.of(),
                    "## よくある失敗\n作成した職員が異動すると、その人のアカウントで動いていたフローが止まります。\n\n"
                            + "## 江東区のルール\n- フローの所有者に、作成者の他に課の共有アカウントを必ず加える\n"
                            + "- フロー名は「課名_業務名_動き」（例：防災課_避難所報告_集計メール）とする\n"
                            + "- 接続は個人ではなく課のサービスアカウントで作る\n- 説明欄に担当者と作成日、止めてよいかを書く\n",
                    LocalDate.parse("2026-08-05"), true),
            new ArticleSpec("sumida", "LoGoフォームのアンケートで個人情報を集めすぎない設問の作り方", "logo-form", "resident-services",
                    List.of("LoGoフォーム", "アンケート", "個人情報"), List.of("survey"),
                    "## 原則\n区民意識調査では、集計に使わない個人情報は聞きません。\n\n## 設問の作り方\n"
                            + "- 年齢は生年月日ではなく年代で聞く\n- 住所は町名までにする\n- 自由記述欄に「氏名や電話番号は書かないでください」と添える\n",
                    null, true),
            new ArticleSpec("nerima", "運転日報の月次集計をプラグインなしで作る", "kintone", "general-affairs",
                    List.of("集計", "公用車"), List.of("carlog"),
                    "## 方法\nkintone標準のグラフ機能で、車両ごと・月ごとの走行距離と給油量を集計します。\n\n（下書き：画面の例を追加予定）\n",
                    null, false));

    @Inject
    RunAs runAs;

    @Inject
    ArticleService articles;

    /** The demo articles not written yet; how many were added. */
    int load() {
        int added = 0;
        for (ArticleSpec spec : ARTICLES) {
            if (Article.count("title = ?1 and ownerWard = ?2", spec.title(), spec.ward()) == 0) {
                write(spec);
                added++;
            }
        }
        return added;
    }

    private void write(ArticleSpec spec) {
        RunAs.Actor publisher = new RunAs.Actor(DemoLoader.PREFIX + "publisher-" + spec.ward(), spec.ward() + " DX推進担当（デモ）",
                spec.ward(), Set.of(CurrentUser.STAFF, CurrentUser.PUBLISHER));
        List<UUID> links = spec.templates().stream()
                .map(key -> DemoData.TEMPLATES.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow())
                .map(t -> Template.<Template>find("title = ?1 and ownerWard = ?2", t.title(), t.ward()).firstResultOptional())
                .flatMap(java.util.Optional::stream).map(t -> t.id).toList();
        ArticleFields fields = new ArticleFields(spec.title(), null, spec.body(), spec.platform(), spec.category(), spec.tags(), links);
        // Unpublished ones are written last, so the review queue ends with the article.
        LocalDate written = spec.published() != null ? spec.published().minusDays(7) : Clocks.today().minusDays(2);
        UUID id = DemoLoader.at(written, 10, () -> runAs.call(publisher, () -> articles.create(fields).id));
        if (spec.submitted()) {
            DemoLoader.at(written.plusDays(1), 10, () -> runAs.call(publisher, () -> articles.submit(id)));
        }
        if (spec.published() != null) {
            DemoLoader.at(spec.published(), 14, () -> runAs.call(REVIEWER, () -> articles.decide(id, new ReviewDecision("approve", List.of(), null))));
        }
    }
}

package jp.yokoten.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The demo portal: templates drawn from the real cases of the policy brief (shared/data/real-cases.md),
 * written as a ward's DX lead would, their adoptions over fiscal years 2025 and 2026, ratings and success
 * stories. Dates are fixed so the committee dashboard tells the same story on every machine.
 */
final class DemoData {
    private DemoData() {}

    static final String WAITLIST_PROCESS = "7c1e3f8a-0001-4000-8000-000000000001";
    static final String DISASTER_PROCESS = "7c1e3f8a-0001-4000-8000-000000000002";
    static final String EVENT_PROCESS = "7c1e3f8a-0001-4000-8000-000000000003";

    /** {@code published} null: a draft ({@code submitted} false) or waiting for review ({@code submitted} true). */
    record TemplateSpec(String key, String ward, String title, String titleEn, String platform, String category,
            String process, String summary, List<String> tags, int hoursPerYear, int developmentDays, LocalDate published,
            boolean submitted, String fileName, Supplier<byte[]> file, String justification) {}

    record AdoptionSpec(String template, String ward, LocalDate on, String status, int hoursPerYear) {}

    record RatingSpec(String template, String ward, LocalDate on, int stars, String comment) {}

    record StorySpec(String ward, String title, String titleEn, String body, List<String> templates, Integer hours,
            Long costYen, Integer days, Integer residents, LocalDate published, boolean submitted) {}

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static TemplateSpec app(String key, String ward, String title, String titleEn, String platform, String category,
            String process, String summary, List<String> tags, int hours, int days, String published, List<String> fields) {
        return new TemplateSpec(key, ward, title, titleEn, platform, category, process, summary, tags, hours, days,
                published == null ? null : d(published), published != null, key + ".zip",
                () -> DemoFiles.appExport(platform, title, fields), null);
    }

    private static TemplateSpec sheet(String key, String ward, String title, String titleEn, String platform, String category,
            String process, String summary, List<String> tags, int hours, int days, String published, List<List<String>> rows) {
        return new TemplateSpec(key, ward, title, titleEn, platform, category, process, summary, tags, hours, days,
                d(published), true, key + ".xlsx", () -> DemoFiles.xlsx("一覧", rows), null);
    }

    static final List<TemplateSpec> TEMPLATES = List.of(
            // fiscal year 2025 (2025-04-01 .. 2026-03-31): 13 published
            sheet("waitlist", "setagaya", "待機児童 入所調整表", "Nursery waiting-list allocation sheet", "excel", "childcare",
                    WAITLIST_PROCESS, "保育園の入所調整を、希望順位と指数で並べ替えて一覧にする共通様式です。", List.of("待機児童", "保育", "入所調整"),
                    400, 5, "2025-05-08", List.of(List.of("受付番号", "希望園1", "希望園2", "指数", "調整結果"), List.of("R7-0001", "さくら保育園", "ひまわり保育園", "58", "内定"))),
            app("shelter", "koto", "避難所運営管理アプリ", "Shelter operations manager", "kintone", "disaster-prevention",
                    DISASTER_PROCESS, "避難所ごとの開設状況と避難者数を職員がスマートフォンで入力し、本部で自動集計します。", List.of("避難所", "防災", "集計"),
                    600, 10, "2025-05-20", List.of("避難所名", "開設状況", "避難者数", "要配慮者数", "報告日時")),
            app("carlog", "nerima", "公用車運転日報アプリ", "Official-car driving log", "kintone", "general-affairs",
                    null, "公用車の運転日報を入力し、走行距離と給油量を月ごとに自動集計します。", List.of("公用車", "運転日報"),
                    240, 6, "2025-06-10", List.of("車両", "運転者所属", "出発時刻", "帰着時刻", "走行距離", "給油量")),
            new TemplateSpec("survey", "sumida", "区民意識調査 オンライン回答フォーム", "Residents' survey online form", "logo-form",
                    "resident-services", null, "5年ごとの区民意識調査を、外部委託せずにオンラインで回収するフォームです。",
                    List.of("アンケート", "意識調査", "LoGoフォーム"), 300, 14, d("2025-06-25"), true, "survey.json",
                    () -> ("{\"form\": \"区民意識調査\", \"questions\": [\"年代\", \"お住まいの地域\", \"区政への満足度\", \"自由意見\"],"
                            + " \"notify\": \"https://logoform.jp\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), null),
            app("rent", "shinagawa", "家賃支援給付金 申請管理", "Rent-support grant case management", "kintone", "welfare",
                    null, "給付金の申請受付から審査・支給決定までの進み具合を一件ごとに管理します（約3,200件の実績）。", List.of("給付金", "申請管理"),
                    900, 12, "2025-07-01", List.of("受付番号", "申請区分", "受付日", "審査状況", "支給決定日")),
            app("ocr-medical", "itabashi", "医療費助成申請 AI-OCR 読取設定", "AI-OCR setup for medical-expense subsidy forms", "other",
                    "health", null, "紙の医療費助成申請書をAI-OCRで読み取るための帳票定義と確認手順です。", List.of("AI-OCR", "医療費助成"),
                    160, 8, "2025-08-05", List.of("帳票名", "読取項目", "確認担当")),
            app("ocr-nursery", "itabashi", "保育入所申請 AI-OCR 読取設定", "AI-OCR setup for nursery applications", "other",
                    "childcare", WAITLIST_PROCESS, "保育所入所申請書の読取定義。年743時間の入力作業を削減しました。", List.of("AI-OCR", "保育"),
                    743, 9, "2025-09-01", List.of("帳票名", "読取項目", "確認担当")),
            app("event", "toshima", "イベント申込受付フォーム", "Event application form", "logo-form", "events",
                    EVENT_PROCESS, "区のイベントの申込を受け付け、定員管理と参加者への連絡まで行います。", List.of("イベント", "申込"),
                    120, 3, "2025-10-14", List.of("イベント名", "参加人数", "連絡方法")),
            app("disaster-share", "edogawa", "災害時 被害情報共有アプリ", "Damage report sharing in disasters", "power-apps",
                    "disaster-prevention", DISASTER_PROCESS, "現場職員が写真付きで被害状況を報告し、地図上で共有します。", List.of("災害", "情報共有", "防災"),
                    200, 7, "2025-11-18", List.of("報告種別", "場所", "写真", "緊急度")),
            app("overtime", "chiyoda", "時間外勤務 申請・集計フロー", "Overtime request and tally flow", "power-automate", "hr",
                    null, "時間外勤務の事前申請と承認、月次の集計をTeamsとExcelで自動化します。", List.of("時間外勤務", "承認フロー"),
                    350, 4, "2025-12-09", List.of("申請者所属", "日付", "予定時間", "承認者")),
            app("facility", "bunkyo", "施設予約管理", "Facility booking management", "appsheet", "facilities",
                    null, "区民施設の予約台帳。空き状況の確認と利用料の集計ができます。", List.of("施設予約", "台帳"),
                    180, 6, "2026-01-20", List.of("施設", "利用日", "時間帯", "利用区分")),
            app("tax-inquiry", "ota", "税務 問合せ記録台帳", "Tax enquiry log", "access", "tax",
                    null, "住民税の電話・窓口問合せを記録し、よくある質問の改善に生かします。", List.of("住民税", "問合せ"),
                    150, 5, "2026-02-17", List.of("受付日", "区分", "内容要旨", "対応")),
            sheet("purchase", "chuo", "物品購入 起案チェックリスト", "Purchase request checklist", "excel", "finance",
                    null, "物品購入の起案に必要な確認事項を漏れなくチェックする様式です。", List.of("起案", "会計"),
                    80, 2, "2026-03-10", List.of(List.of("確認項目", "根拠", "確認欄"), List.of("予算科目", "予算書", "□"))),
            // fiscal year 2026 (from 2026-04-01): 12 published
            app("school-absence", "nakano", "欠席連絡フォーム", "School absence notification form", "logo-form", "education",
                    null, "保護者がスマートフォンから欠席・遅刻を連絡し、朝の電話対応をなくします。", List.of("学校", "欠席連絡"),
                    500, 3, "2026-04-15", List.of("学年", "組", "連絡種別", "理由")),
            app("garbage", "katsushika", "粗大ごみ 受付管理", "Bulky waste collection bookings", "kintone", "environment",
                    null, "粗大ごみの申込と収集日の割り当てを管理します。", List.of("粗大ごみ", "受付"),
                    260, 7, "2026-05-12", List.of("受付日", "品目", "収集日", "手数料")),
            app("vaccine", "kita", "予防接種 予約枠管理", "Vaccination slot management", "power-apps", "health",
                    null, "医療機関ごとの予約枠と接種実績を管理します。", List.of("予防接種", "予約"),
                    310, 9, "2026-05-28", List.of("医療機関", "日付", "枠数", "予約数")),
            app("counter-wait", "shibuya", "窓口 待ち状況お知らせ", "Counter waiting-time notice", "power-automate", "resident-services",
                    null, "窓口の待ち人数を区ホームページに自動で掲示します。", List.of("窓口", "待ち時間"),
                    190, 4, "2026-06-16", List.of("窓口", "待ち人数", "更新時刻")),
            new TemplateSpec("childcare-consult", "adachi", "子育て相談 記録アプリ", "Child-rearing consultation records", "kintone",
                    "childcare", null, "子育て相談の内容と対応を記録し、担当の引継ぎを確実にします。", List.of("子育て", "相談記録"),
                    220, 8, d("2026-07-07"), true, "子育て相談.csv",
                    () -> DemoFiles.csv(List.of(List.of("氏名", "生年月日", "相談区分", "対応"),
                            List.of("足立 花子", "2023-05-01", "発達", "助言"), List.of("足立 太郎", "2022-11-20", "育児不安", "継続"))),
                    "取込み確認用の架空のサンプルです。実在の住民の情報ではありません。"),
            app("volunteer", "arakawa", "ボランティア募集・シフト表", "Volunteer recruitment and shifts", "appsheet", "events",
                    EVENT_PROCESS, "イベントのボランティアを募集し、シフトを組みます。", List.of("ボランティア", "イベント"),
                    140, 5, "2026-07-23", List.of("イベント", "日付", "担当", "人数")),
            sheet("stockpile", "koto", "防災備蓄品 在庫管理表", "Emergency stockpile inventory", "excel", "disaster-prevention",
                    DISASTER_PROCESS, "備蓄倉庫ごとの品目・数量・消費期限を管理し、期限切れを防ぎます。", List.of("備蓄", "防災", "在庫"),
                    90, 3, "2026-08-04", List.of(List.of("倉庫", "品目", "数量", "消費期限"), List.of("第一倉庫", "飲料水", "1200", "2028-03-31"))),
            app("watch-visit", "suginami", "高齢者見守り訪問記録", "Elderly watch-visit records", "power-apps", "welfare",
                    null, "見守り訪問の結果をタブレットで記録し、地域包括支援センターと共有します。", List.of("見守り", "高齢者"),
                    420, 10, "2026-08-25", List.of("訪問日", "地区", "状況", "次回予定")),
            app("attendance", "meguro", "会計年度任用職員 勤怠集計", "Part-time staff attendance tally", "access", "hr",
                    null, "会計年度任用職員の勤務実績を集計し、報酬計算の基礎資料を作ります。", List.of("勤怠", "集計"),
                    260, 6, "2026-09-09", List.of("所属", "勤務日", "勤務時間")),
            app("park", "taito", "公園 遊具点検記録", "Playground equipment inspection log", "kintone", "facilities",
                    null, "公園遊具の定期点検結果を写真付きで記録します。", List.of("公園", "点検"),
                    110, 4, "2026-09-30", List.of("公園", "遊具", "判定", "写真")),
            app("subsidy-faq", "shinjuku", "補助金 よくある質問 自動応答フロー", "Subsidy FAQ auto-reply flow", "power-automate",
                    "resident-services", null, "問合せフォームの質問に、よくある質問の回答候補を自動で返信します。", List.of("FAQ", "自動応答"),
                    170, 5, "2026-10-14", List.of("質問", "回答候補", "担当課")),
            app("request-portal", "minato", "庁内 申請ポータル", "Internal request portal", "power-apps", "general-affairs",
                    null, "庁内の各種申請を一つの入口にまとめ、進み具合を確認できるようにします。", List.of("庁内申請", "ポータル"),
                    330, 12, "2026-11-04", List.of("申請種別", "申請者所属", "状況")),
            // drafts and submissions waiting for the CoE
            app("meeting-room", "koto", "会議室予約アプリ（作成中）", "Meeting-room booking (draft)", "kintone", "general-affairs",
                    null, "会議室の予約と備品の貸出を一つにまとめる予定です。", List.of("会議室"), 60, 0, null, List.of("会議室", "日時", "備品")),
            new TemplateSpec("minutes", "minato", "議事録作成支援（作成中）", "Minutes drafting aid (draft)", "other", "general-affairs",
                    null, "録音から議事録の下書きを作る手順をまとめています。", List.of("議事録"), 0, 0, null, false, null, null, null),
            new TemplateSpec("drill", "koto", "防災訓練 参加申込フォーム", "Disaster drill sign-up form", "logo-form", "disaster-prevention",
                    DISASTER_PROCESS, "町会ごとの防災訓練の参加申込を受け付けます。", List.of("防災訓練", "申込"), 40, 2, null, true, "drill.json",
                    () -> "{\"form\": \"防災訓練 参加申込\", \"questions\": [\"町会\", \"参加人数\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8), null),
            new TemplateSpec("benefit-inquiry", "shinagawa", "給付金 問合せ管理", "Benefit enquiry management", "kintone", "welfare",
                    null, "給付金に関する問合せを記録し、回答の品質をそろえます。", List.of("給付金", "問合せ"), 150, 6, null, true,
                    "benefit-inquiry.zip", () -> DemoFiles.appExport("kintone", "給付金 問合せ管理", List.of("受付日", "問合せ区分", "回答")), null));

    static final List<AdoptionSpec> ADOPTIONS = List.of(
            // the nursery waiting-list sheet: 12 wards by the end of FY2025, so the process counts as standardised
            new AdoptionSpec("waitlist", "koto", d("2025-06-02"), "production", 120),
            new AdoptionSpec("waitlist", "minato", d("2025-06-20"), "production", 90),
            new AdoptionSpec("waitlist", "shinjuku", d("2025-07-14"), "production", 110),
            new AdoptionSpec("waitlist", "bunkyo", d("2025-08-04"), "production", 60),
            new AdoptionSpec("waitlist", "taito", d("2025-09-01"), "trial", 0),
            new AdoptionSpec("waitlist", "sumida", d("2025-10-06"), "production", 80),
            new AdoptionSpec("waitlist", "shinagawa", d("2025-10-27"), "production", 100),
            new AdoptionSpec("waitlist", "meguro", d("2025-11-17"), "production", 70),
            new AdoptionSpec("waitlist", "ota", d("2025-12-08"), "production", 130),
            new AdoptionSpec("waitlist", "nakano", d("2026-01-13"), "production", 75),
            new AdoptionSpec("waitlist", "suginami", d("2026-02-09"), "production", 95),
            new AdoptionSpec("waitlist", "kita", d("2026-03-02"), "trial", 0),
            new AdoptionSpec("shelter", "koto", d("2025-05-25"), "production", 600),
            new AdoptionSpec("shelter", "edogawa", d("2025-07-01"), "production", 420),
            new AdoptionSpec("shelter", "sumida", d("2025-09-10"), "production", 380),
            new AdoptionSpec("shelter", "adachi", d("2026-05-20"), "production", 450),
            new AdoptionSpec("shelter", "katsushika", d("2026-06-03"), "trial", 0),
            new AdoptionSpec("carlog", "itabashi", d("2025-08-20"), "production", 200),
            new AdoptionSpec("carlog", "kita", d("2025-11-05"), "production", 150),
            new AdoptionSpec("carlog", "arakawa", d("2026-04-22"), "production", 120),
            new AdoptionSpec("carlog", "adachi", d("2026-08-18"), "trial", 0),
            new AdoptionSpec("rent", "meguro", d("2025-09-16"), "production", 300),
            new AdoptionSpec("rent", "ota", d("2026-05-11"), "discontinued", 0),
            new AdoptionSpec("survey", "koto", d("2025-08-01"), "production", 250),
            new AdoptionSpec("survey", "chuo", d("2026-06-09"), "production", 180),
            new AdoptionSpec("survey", "taito", d("2026-07-14"), "trial", 0),
            new AdoptionSpec("event", "nakano", d("2025-12-02"), "production", 60),
            new AdoptionSpec("event", "arakawa", d("2026-04-08"), "production", 45),
            new AdoptionSpec("event", "nerima", d("2026-09-15"), "production", 50),
            new AdoptionSpec("disaster-share", "koto", d("2026-01-26"), "production", 100),
            new AdoptionSpec("disaster-share", "katsushika", d("2026-05-25"), "trial", 0),
            new AdoptionSpec("overtime", "chuo", d("2026-01-15"), "production", 200),
            new AdoptionSpec("overtime", "minato", d("2026-04-20"), "production", 260),
            new AdoptionSpec("overtime", "shinjuku", d("2026-06-22"), "production", 240),
            new AdoptionSpec("school-absence", "suginami", d("2026-05-18"), "production", 400),
            new AdoptionSpec("school-absence", "nerima", d("2026-06-01"), "production", 350),
            new AdoptionSpec("school-absence", "kita", d("2026-07-06"), "production", 300),
            new AdoptionSpec("school-absence", "setagaya", d("2026-09-01"), "trial", 0),
            new AdoptionSpec("garbage", "edogawa", d("2026-06-30"), "production", 180),
            new AdoptionSpec("garbage", "adachi", d("2026-10-05"), "trial", 0),
            new AdoptionSpec("vaccine", "itabashi", d("2026-07-01"), "production", 220),
            new AdoptionSpec("vaccine", "shibuya", d("2026-08-03"), "production", 150),
            new AdoptionSpec("stockpile", "sumida", d("2026-09-14"), "production", 40),
            new AdoptionSpec("watch-visit", "nakano", d("2026-10-01"), "trial", 0));

    static final List<RatingSpec> RATINGS = List.of(
            new RatingSpec("waitlist", "koto", d("2025-07-01"), 5, "指数の並べ替えがそのまま使えました。入所調整の時間が半分になりました。"),
            new RatingSpec("waitlist", "ota", d("2026-01-10"), 4, "区独自の指数項目を1列足すだけで導入できました。"),
            new RatingSpec("waitlist", "nakano", d("2026-02-02"), 5, null),
            new RatingSpec("shelter", "edogawa", d("2025-08-01"), 5, "訓練で使い、本部の集計が電話なしで終わりました。"),
            new RatingSpec("shelter", "sumida", d("2025-10-01"), 4, "要配慮者の項目が最初からあるのが助かります。"),
            new RatingSpec("carlog", "itabashi", d("2025-09-15"), 4, "月末の集計作業がなくなりました。"),
            new RatingSpec("carlog", "kita", d("2025-12-01"), 3, "車両マスタの作り直しが少し手間でした。"),
            new RatingSpec("rent", "meguro", d("2025-10-20"), 5, "審査状況の一覧で問合せにすぐ答えられます。"),
            new RatingSpec("survey", "koto", d("2025-09-01"), 4, "設問の並びを変えるだけで使えました。"),
            new RatingSpec("survey", "chuo", d("2026-07-01"), 5, null),
            new RatingSpec("event", "nakano", d("2026-01-05"), 4, "定員に達したら自動で締め切れるのが便利です。"),
            new RatingSpec("overtime", "chuo", d("2026-02-01"), 5, "承認の催促が不要になりました。"),
            new RatingSpec("overtime", "minato", d("2026-05-15"), 4, null),
            new RatingSpec("school-absence", "suginami", d("2026-06-10"), 5, "朝の電話が大きく減りました。"),
            new RatingSpec("school-absence", "nerima", d("2026-06-20"), 4, "学年・組の選択肢を変えるだけでした。"),
            new RatingSpec("garbage", "edogawa", d("2026-07-20"), 4, "収集日の割り当てが見やすいです。"),
            new RatingSpec("vaccine", "itabashi", d("2026-07-30"), 4, null),
            new RatingSpec("disaster-share", "koto", d("2026-02-20"), 5, "写真付きの報告が地図で見られるのが良いです。"),
            new RatingSpec("stockpile", "sumida", d("2026-10-01"), 3, "消費期限の色分けを追加して使っています。"),
            new RatingSpec("watch-visit", "nakano", d("2026-10-20"), 4, "タブレットでそのまま入力できました。"));

    static final List<StorySpec> STORIES = List.of(
            new StorySpec("koto", "避難所運営管理アプリで避難者数の集計を自動化", "Automating evacuee counts with the shelter app",
                    "## 背景\n避難所ごとの避難者数は、これまで電話とFAXで本部に集めていました。\n\n## 取組\nkintoneで避難所運営管理アプリを職員2名で作成し、"
                            + "各避難所の職員がスマートフォンから入力する形にしました。\n\n## 効果\n- 本部での集計作業がなくなりました\n- 訓練での報告時間が約3時間から10分に\n",
                    List.of("shelter"), 600, null, 10, 520000, d("2025-09-30"), true),
            new StorySpec("setagaya", "待機児童の入所調整を共通様式で", "A shared sheet for nursery allocation",
                    "## 取組\n入所調整表を区の独自様式から共通様式に置き換えました。\n\n## 効果\n12区が同じ様式を使い、調整の手順を互いに確認できるようになりました。\n",
                    List.of("waitlist"), 400, null, 5, null, d("2026-03-25"), true),
            new StorySpec("shinagawa", "家賃支援給付金 約3,200件をkintoneで管理", "Managing 3,200 rent-support grant cases",
                    "## 取組\n申請の受付から支給決定までをkintoneの一覧で管理しました。\n\n## 効果\n約3,200件の進み具合をいつでも答えられるようになり、問合せ対応の時間が減りました。\n",
                    List.of("rent"), 900, null, 12, 3200, d("2026-04-28"), true),
            new StorySpec("itabashi", "AI-OCRで11業務・年1,479時間を削減", "AI-OCR in 11 tasks: 1,479 hours a year",
                    "## 取組\n紙の申請書の入力をAI-OCRに置き換えました。\n\n## 効果\n- 医療費助成申請：年160時間\n- 保育入所申請：年743時間\n- 11業務の合計：年1,479時間\n",
                    List.of("ocr-medical", "ocr-nursery"), 1479, null, 9, null, d("2026-06-30"), true),
            new StorySpec("sumida", "区民意識調査をLoGoフォームで14日で公開", "A residents' survey online in 14 days",
                    "## 取組\n5年ごとの区民意識調査を、職員がLoGoフォームで作成しました。\n\n## 効果\n4か月以上かかっていた準備が14日になり、委託費50万円が不要になりました。\n",
                    List.of("survey"), 300, 500_000L, 14, null, d("2026-09-10"), true),
            new StorySpec("nerima", "公用車運転日報で電話問合せが激減", "Driving-log app cut phone enquiries",
                    "## 取組\n公用車の運転日報をアプリにし、集計結果を庁内に公開しました。\n\n## 効果\n車両の空き状況を尋ねる電話が大きく減りました。\n",
                    List.of("carlog"), 240, null, 6, null, null, true));
}

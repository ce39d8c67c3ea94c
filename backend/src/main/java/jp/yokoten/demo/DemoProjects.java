package jp.yokoten.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.project.CreateProjectRequest;
import jp.yokoten.project.ProjectMilestone;
import jp.yokoten.project.ProjectService;
import jp.yokoten.standardisation.PlanRequest;
import jp.yokoten.standardisation.PlanService;

/**
 * Three joint projects on the brief's own common processes at different stages, and plans from several wards
 * (SPEC §13). Runs only when the loader has just created the demo templates, so a second start adds nothing.
 */
@ApplicationScoped
class DemoProjects {
    private static final RunAs.Actor ADMIN = new RunAs.Actor("demo-portal-admin", "ポータル運用担当（デモ）", null,
            Set.of(CurrentUser.STAFF, CurrentUser.ADMIN));

    @Inject
    RunAs runAs;

    @Inject
    ProjectService projects;

    @Inject
    PlanService plans;

    void load(Map<String, UUID> fresh) {
        if (!fresh.containsKey("waitlist") || !fresh.containsKey("event") || !fresh.containsKey("shelter")) {
            return;
        }
        LocalDate today = Clocks.today();
        project(DemoData.WAITLIST_PROCESS, "待機児童関連事務の標準化", "入所調整の様式と手順を23区で揃え、毎年の調整作業を半減する",
                List.of("adachi", "itabashi", "setagaya"),
                "## 標準業務フロー\n1. 申請受付（AI-OCR で読取）\n2. 指数の算定\n3. 入所調整表で希望順位と指数を並べ替え\n4. 内定通知",
                List.of(new ProjectMilestone("標準フロー確定", today.minusMonths(6), today.minusMonths(6)),
                        new ProjectMilestone("標準テンプレート公開", today.minusMonths(3), today.minusMonths(3)),
                        new ProjectMilestone("12区で本番運用", today.plusMonths(9), null)),
                List.of(fresh.get("waitlist"), fresh.get("ocr-nursery")));
        project(DemoData.DISASTER_PROCESS, "災害時情報共有の共同開発", "避難所と被害情報を区境を越えて同じ形式で共有する",
                List.of("edogawa", "koto"), "## 標準業務フロー（案）\n1. 避難所の開設報告\n2. 避難者数の定時報告\n3. 被害情報の写真付き報告",
                List.of(new ProjectMilestone("標準フロー確定", today.plusMonths(1), null),
                        new ProjectMilestone("合同訓練で試行", today.plusMonths(4), null)),
                List.of(fresh.get("shelter"), fresh.get("disaster-share")));
        project(DemoData.EVENT_PROCESS, "イベント申込管理の標準化", "申込フォームと定員管理を共通化する", List.of("toshima"), "",
                List.of(new ProjectMilestone("参加区の募集", today.plusMonths(2), null)), List.of(fresh.get("event")));
        plan("nakano", DemoData.WAITLIST_PROCESS, today.plusMonths(4), "次年度の入所調整から移行");
        plan("kita", DemoData.WAITLIST_PROCESS, today.plusMonths(10), null);
        plan("arakawa", DemoData.DISASTER_PROCESS, today.plusMonths(6), "合同訓練の結果を見て判断");
        plan("minato", DemoData.EVENT_PROCESS, today.plusMonths(3), null);
    }

    private void project(String process, String title, String goal, List<String> wards, String flow, List<ProjectMilestone> milestones,
            List<UUID> templates) {
        runAs.call(ADMIN, () -> projects.create(new CreateProjectRequest(UUID.fromString(process), title, goal, wards, flow, milestones,
                templates.stream().filter(java.util.Objects::nonNull).toList())));
    }

    private void plan(String ward, String process, LocalDate targetOn, String note) {
        RunAs.Actor publisher = new RunAs.Actor(DemoLoader.PREFIX + "publisher-" + ward, ward + " DX推進担当（デモ）", ward,
                Set.of(CurrentUser.STAFF, CurrentUser.PUBLISHER));
        runAs.call(publisher, () -> plans.declare(ward, UUID.fromString(process), new PlanRequest(targetOn, note)));
    }
}

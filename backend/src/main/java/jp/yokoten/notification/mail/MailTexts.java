package jp.yokoten.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.notification.NotificationDetail;

/**
 * Subjects and bodies of notification mails in Japanese and English: one line per kind of event, the object's
 * link under the portal's base URL. A kind without a line of its own (a feature added later) still reads well
 * through the generic line; adding its line here is the only step for a better text.
 */
@ApplicationScoped
public class MailTexts {
    public record Rendered(String subject, String body) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.JST);

    /** kind → {subject phrase, line}; {title} {version} {actor} {reasons} {comment} {stars} {status} are filled in. */
    private static final Map<String, String[]> JA = Map.ofEntries(
            Map.entry("template.submitted", new String[] {"審査依頼", "テンプレート「{title}」（バージョン {version}）が {actor} さんにより審査に提出されました。"}),
            Map.entry("story.submitted", new String[] {"審査依頼", "成功事例「{title}」が {actor} さんにより審査に提出されました。"}),
            Map.entry("template.approved", new String[] {"承認", "テンプレート「{title}」（バージョン {version}）が承認され、公開されました（審査: {actor}）。"}),
            Map.entry("template.rejected", new String[] {"差し戻し", "テンプレート「{title}」（バージョン {version}）が差し戻されました（審査: {actor}）。理由: {reasons}。コメント: {comment}"}),
            Map.entry("story.approved", new String[] {"承認", "成功事例「{title}」が承認され、公開されました（審査: {actor}）。"}),
            Map.entry("story.rejected", new String[] {"差し戻し", "成功事例「{title}」が差し戻されました（審査: {actor}）。理由: {reasons}。コメント: {comment}"}),
            Map.entry("template.version-available", new String[] {"新しいバージョン", "貴区が導入しているテンプレート「{title}」の新しいバージョン {version} が公開されました。"}),
            Map.entry("template.rated", new String[] {"評価", "テンプレート「{title}」に {actor} さんが★{stars}の評価を付けました。{comment}"}),
            Map.entry("proposal.status", new String[] {"提案の状況", "業務改善提案「{title}」の状況が「{status}」になりました（{actor}）。回答: {comment}"}),
            Map.entry("award.phase", new String[] {"アワード", "「{title}」が次の段階に進みました: {status}"}),
            Map.entry("article.submitted", new String[] {"審査依頼", "開発ノウハウ「{title}」が {actor} さんにより審査に提出されました。"}),
            Map.entry("article.approved", new String[] {"承認", "開発ノウハウ「{title}」が承認され、公開されました（審査: {actor}）。"}),
            Map.entry("article.rejected", new String[] {"差し戻し", "開発ノウハウ「{title}」が差し戻されました（審査: {actor}）。理由: {reasons}。コメント: {comment}"}));
    private static final Map<String, String[]> EN = Map.ofEntries(
            Map.entry("template.submitted", new String[] {"Review requested", "Template \"{title}\" (version {version}) was submitted for review by {actor}."}),
            Map.entry("story.submitted", new String[] {"Review requested", "Success story \"{title}\" was submitted for review by {actor}."}),
            Map.entry("template.approved", new String[] {"Approved", "Template \"{title}\" (version {version}) was approved and published (reviewer: {actor})."}),
            Map.entry("template.rejected", new String[] {"Returned", "Template \"{title}\" (version {version}) was returned (reviewer: {actor}). Reasons: {reasons}. Comment: {comment}"}),
            Map.entry("story.approved", new String[] {"Approved", "Success story \"{title}\" was approved and published (reviewer: {actor})."}),
            Map.entry("story.rejected", new String[] {"Returned", "Success story \"{title}\" was returned (reviewer: {actor}). Reasons: {reasons}. Comment: {comment}"}),
            Map.entry("template.version-available", new String[] {"New version", "Version {version} of \"{title}\", which your ward uses, has been published."}),
            Map.entry("template.rated", new String[] {"Rating", "{actor} rated template \"{title}\" with {stars} star(s). {comment}"}),
            Map.entry("proposal.status", new String[] {"Proposal status", "Improvement proposal \"{title}\" is now \"{status}\" ({actor}). Answer: {comment}"}),
            Map.entry("award.phase", new String[] {"Award", "\"{title}\" moved to its next phase: {status}"}),
            Map.entry("article.submitted", new String[] {"Review requested", "Know-how article \"{title}\" was submitted for review by {actor}."}),
            Map.entry("article.approved", new String[] {"Approved", "Know-how article \"{title}\" was approved and published (reviewer: {actor})."}),
            Map.entry("article.rejected", new String[] {"Returned", "Know-how article \"{title}\" was returned (reviewer: {actor}). Reasons: {reasons}. Comment: {comment}"}));

    @Inject
    MailSettings settings;

    public Rendered render(Letter letter) {
        boolean ja = !"en".equals(letter.locale());
        String brand = ja ? "【横展】" : "[Yokoten] ";
        StringBuilder body = new StringBuilder();
        String subject;
        if (!letter.digest()) {
            Letter.Item item = letter.items().get(0);
            subject = brand + texts(ja, item.kind())[0] + (ja ? "：" : ": ") + item.title();
            body.append(line(ja, item)).append("\n\n").append(url(item.link())).append('\n');
        } else {
            subject = brand + (ja ? "本日のお知らせ（" + letter.items().size() + "件）" : "Daily digest (" + letter.items().size() + ")");
            // one section per object, in the order their first event happened
            Map<String, List<Letter.Item>> byObject = letter.items().stream()
                    .collect(Collectors.groupingBy(i -> i.link() + "\u0000" + i.title(), LinkedHashMap::new, Collectors.toList()));
            for (List<Letter.Item> group : byObject.values()) {
                body.append("■ ").append(group.get(0).title()).append('\n');
                for (Letter.Item item : group) {
                    body.append("・").append(WHEN.format(item.createdAt())).append(' ').append(line(ja, item)).append('\n');
                }
                body.append(url(group.get(0).link())).append("\n\n");
            }
        }
        body.append(ja ? "\n--\n横展 ポータルからの自動送信です。通知の受け取り方は「通知設定」で変えられます: "
                : "\n--\nSent by the Yokoten portal. Choose how you receive notifications under Notification settings: ")
                .append(url("/notifications/settings")).append('\n');
        return new Rendered(subject, body.toString());
    }

    private String line(boolean ja, Letter.Item item) {
        NotificationDetail d = item.detail() == null ? NotificationDetail.NONE : item.detail();
        String template = texts(ja, item.kind())[1];
        return template.replace("{title}", item.title())
                .replace("{version}", nz(d.version())).replace("{actor}", nz(item.actorName()))
                .replace("{reasons}", d.reasons() == null ? "-" : String.join(", ", d.reasons()))
                .replace("{comment}", nz(d.comment())).replace("{stars}", d.stars() == null ? "-" : d.stars().toString())
                .replace("{status}", nz(d.status())).strip();
    }

    private static String[] texts(boolean ja, String kind) {
        String[] known = (ja ? JA : EN).get(kind);
        return known != null ? known
                : ja ? new String[] {"お知らせ", "「{title}」に更新があります（{actor}）。"} : new String[] {"Update", "\"{title}\" was updated ({actor})."};
    }

    private String url(String link) {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1) : settings.baseUrl();
        return base + link;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

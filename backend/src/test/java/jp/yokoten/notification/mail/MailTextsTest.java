package jp.yokoten.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.notification.NotificationDetail;
import org.junit.jupiter.api.Test;

/** A know-how article's review mails read as its own sentence in both languages, not the generic line. */
@QuarkusTest
class MailTextsTest {
    @Inject
    MailTexts texts;

    static Letter letter(String locale) {
        return new Letter(UUID.randomUUID(), "koto-publisher@example.jp", locale, false, List.of(new Letter.Item("article.rejected",
                "LGWAN環境でのkintone利用の注意点", "/publish/articles/a1", "CoE 審査担当",
                new NotificationDetail(null, List.of("missing-description"), "手順を追記してください", null, null), OffsetDateTime.now())));
    }

    @Test
    void anArticleRejectionNamesTheArticleTheReviewerAndTheReasons() {
        MailTexts.Rendered ja = texts.render(letter("ja"));
        assertEquals("【横展】差し戻し：LGWAN環境でのkintone利用の注意点", ja.subject());
        assertTrue(ja.body().startsWith("開発ノウハウ「LGWAN環境でのkintone利用の注意点」が差し戻されました（審査: CoE 審査担当）。"), ja.body());
        assertTrue(ja.body().contains("手順を追記してください"), ja.body());
        assertTrue(ja.body().contains("/publish/articles/a1"), ja.body());
        MailTexts.Rendered en = texts.render(letter("en"));
        assertTrue(en.body().startsWith("Know-how article \"LGWAN環境でのkintone利用の注意点\" was returned (reviewer: CoE 審査担当)."), en.body());
    }
}

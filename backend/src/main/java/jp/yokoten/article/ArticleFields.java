package jp.yokoten.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;
import jp.yokoten.publication.WritingFields;

/**
 * What a publisher writes for a know-how article: the body of POST /articles and the target of PATCH (merge
 * patch). Platform and category are optional reference slugs; the owning ward comes from the token.
 */
public record ArticleFields(
        @NotBlank @Size(max = 120) @PlainText String title,
        @Size(max = 200) @PlainText String titleEn,
        @NotBlank @Size(max = 100_000) @PlainText(multiline = true) String body,
        @Size(max = 64) String platform,
        @Size(max = 64) String category,
        @Size(max = 10) List<@NotBlank @Size(max = 30) @PlainText String> tags,
        @Size(max = 20) List<@NotNull UUID> templateIds) implements WritingFields<Article> {

    static ArticleFields of(Article a, List<UUID> templateIds) {
        return new ArticleFields(a.title, a.titleEn, a.body, a.platform, a.category, a.tags, templateIds);
    }

    List<String> cleanTags() {
        return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    }

    @Override
    public void applyTo(Article a) {
        a.write(title, titleEn, body);
        a.platform = platform;
        a.category = category;
        a.tags = cleanTags();
    }
}

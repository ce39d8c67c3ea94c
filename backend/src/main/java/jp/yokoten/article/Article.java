package jp.yokoten.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import jp.yokoten.publication.Kind;
import jp.yokoten.publication.Writing;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A know-how article (開発ノウハウ, SPEC §13): how-to knowledge that is neither a template nor a story. */
@Entity
@Table(name = "article")
public class Article extends Writing {
    public static final Kind<Article> KIND = new Kind<>(Article.class, Article::new, "article", "articles");

    /** Optional: much know-how (naming rules, LGWAN tips) holds for every platform. */
    public String platform;

    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;
}

package jp.yokoten.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.yokoten.publication.Kind;
import jp.yokoten.publication.Publishable;
import jp.yokoten.search.SearchDocument;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A no-code app template owned by one ward; on the publishable life cycle. */
@Entity
@Table(name = "template")
public class Template extends Publishable {
    public static final Kind<Template> KIND = new Kind<>(Template.class, Template::new, "template", "templates");

    public String summary;
    public String description;

    @Column(nullable = false)
    public String platform;

    @Column(nullable = false)
    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    public String requirements;

    @Column(name = "personal_data", nullable = false)
    public String personalData;

    @Column(name = "personal_data_note")
    public String personalDataNote;

    @Column(name = "reuse_terms")
    public String reuseTerms;

    @Column(name = "development_started_on")
    public LocalDate developmentStartedOn;

    @Column(name = "released_on")
    public LocalDate releasedOn;

    @Column(name = "hours_saved_per_year")
    public BigDecimal hoursSavedPerYear;

    @Column(name = "derived_from")
    public UUID derivedFrom;

    /** The common business process (共通業務) this template implements, if any. */
    @Column(name = "process_id")
    public UUID processId;

    /** What template search indexes of this template. */
    public SearchDocument searchDocument() {
        return new SearchDocument(id, status, ownerWard, platform, category, processId, tags, title, titleEn, summary,
                description, publishedAt);
    }
}

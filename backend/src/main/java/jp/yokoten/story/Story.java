package jp.yokoten.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import jp.yokoten.publication.Kind;
import jp.yokoten.publication.Writing;

/** A success story (成功事例): a ward's account of what a template changed, with before/after figures. */
@Entity
@Table(name = "story")
public class Story extends Writing {
    public static final Kind<Story> KIND = new Kind<>(Story.class, Story::new, "story", "stories");

    @Column(name = "hours_saved_per_year")
    public BigDecimal hoursSavedPerYear;

    @Column(name = "cost_saved_yen")
    public Long costSavedYen;

    @Column(name = "development_days")
    public Integer developmentDays;

    @Column(name = "residents_reached")
    public Integer residentsReached;
}

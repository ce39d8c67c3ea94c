package jp.yokoten.rating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One user's stars and comment for a template; a second rating replaces the first. */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "user_name", nullable = false)
    public String userName;

    @Column(name = "user_ward")
    public String userWard;

    @Column(nullable = false)
    public short stars;

    public String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Embeddable
    public record Key(@Column(name = "template_id") UUID templateId, @Column(name = "user_subject") String userSubject)
            implements Serializable {}
}

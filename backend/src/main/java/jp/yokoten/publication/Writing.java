package jp.yokoten.publication;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A publishable that is a text a ward writes (a success story, a know-how article): a Markdown body on top of the
 * columns of every publishable, reviewed as a whole, linking the templates it is about ({@link WritingService}).
 */
@MappedSuperclass
public abstract class Writing extends Publishable {
    /** Markdown exactly as written; rendering and sanitising belong to the SPA. */
    @Column(nullable = false)
    public String body;

    /** The text as every kind stores it: titles stripped, a blank English title absent, the body as written. */
    public void write(String title, String titleEn, String body) {
        this.title = title.strip();
        this.titleEn = titleEn == null || titleEn.isBlank() ? null : titleEn.strip();
        this.body = body;
    }

    /** What the search index tokenises: both titles and the body, plus what the kind adds. */
    public String indexText(String... more) {
        StringBuilder text = new StringBuilder(title).append(' ').append(titleEn == null ? "" : titleEn);
        for (String m : more) {
            text.append(' ').append(m);
        }
        return text.append(' ').append(body).toString();
    }
}

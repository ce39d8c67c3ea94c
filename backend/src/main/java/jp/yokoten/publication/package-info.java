/**
 * The publishable life cycle shared by templates, stories and every later kind (know-how articles, SPEC §13):
 * the common columns ({@link jp.yokoten.publication.Publishable}), who may see an item
 * ({@link jp.yokoten.publication.Visibility}, one rule in Java and SQL) and the create → submit → decide →
 * publish/reject → edit → archive steps ({@link jp.yokoten.publication.Publications}) on top of
 * {@link jp.yokoten.review.ReviewService} and {@link jp.yokoten.review.Workflow}, and the templates an item links
 * ({@link jp.yokoten.publication.TemplateLinks}, one link table per kind).
 *
 * <p>A new kind extends {@code Publishable} with its own columns, declares a {@link jp.yokoten.publication.Kind}
 * and calls {@code Publications} from its service; only what differs (fields, links, search index) is its own.
 * A kind that is a text reviewed as a whole and linking templates (stories, articles) extends
 * {@link jp.yokoten.publication.Writing}, {@link jp.yokoten.publication.WritingService} and
 * {@link jp.yokoten.publication.PublicationResource}, which serves its life cycle over HTTP; it adds its fields,
 * detail, search and index. Templates, reviewed by version, call {@code Publications} from their own service.
 */
package jp.yokoten.publication;

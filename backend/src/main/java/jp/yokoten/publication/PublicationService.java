package jp.yokoten.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import jp.yokoten.review.ReviewDecision;

/**
 * What the shared HTTP surface ({@link PublicationResource}) asks of a kind's service: the life-cycle steps on
 * {@link Publications}, each answering with the item, and the kind's detail view of an item.
 */
public interface PublicationService<P extends Publishable, F extends Fields<P>, D> {
    Kind<P> kind();

    P create(F fields);

    /** The item if the caller may see it, else 404. */
    P get(UUID id);

    /** Applies a JSON merge patch (RFC 7396) if {@code ifMatch} names the current ETag. */
    P patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException;

    P submit(UUID id);

    P decide(UUID id, ReviewDecision decision);

    P archive(UUID id);

    D detail(P item);
}

package jp.yokoten.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.common.validation.DateRange;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for portal operators and CoE reviewers. */
@Path("/api/v1/audit")
@RolesAllowed({CurrentUser.ADMIN, CurrentUser.REVIEWER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Audit entries, newest first, paged (admin, reviewer)")
    public Page<AuditEntryView> search(
            @Parameter(description = "UUID of the changed object") @QueryParam("objectId") String objectId,
            @Parameter(description = "subject of the acting user") @QueryParam("actor") String actor,
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.capped(actor, "actor", QueryText.SUBJECT);
        QueryText.check(QueryText.SLUG, "objectId", objectId, "from", from, "to", to);
        OffsetDateTime start = DateRange.instant(from, "from");
        OffsetDateTime end = DateRange.instant(to, "to");
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidInput("from", "must be before 'to'");
        }
        return audit.search(objectId == null ? null : Ids.uuid(objectId, "objectId"), actor, start, end,
                PageRequest.of(page, size));
    }
}

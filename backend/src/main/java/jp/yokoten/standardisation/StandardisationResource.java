package jp.yokoten.standardisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.standardisation.BoardViews.Overview;
import jp.yokoten.standardisation.BoardViews.ProcessFigures;
import jp.yokoten.stats.FiscalYear;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The overview of every process; its path has no parameter, so it lives in a resource of its own. */
@Path("/api/v1/standardisation")
@RolesAllowed(CurrentUser.STAFF)
@Tag(name = "Standardisation")
public class StandardisationResource {
    @Inject
    BoardReads reads;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every common process with its ward counts and rates, and the overall standardisation rate "
            + "(the KPI report's figure) of the fiscal year (staff)")
    public Overview overview(@QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        return reads.overview(FiscalYear.parse(fiscalYear));
    }

    @GET
    @Produces(BoardResource.CSV)
    @Operation(summary = "The overview as CSV (UTF-8 with BOM), one row per process")
    public Response overviewCsv(@QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        Overview o = reads.overview(FiscalYear.parse(fiscalYear));
        return BoardResource.csv("standardisation-FY" + o.fiscalYear(), ProcessFigures.CSV_HEADER,
                o.items().stream().map(ProcessFigures::csvRow).toList());
    }
}

package jp.yokoten.standardisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.standardisation.BoardViews.Board;
import jp.yokoten.standardisation.BoardViews.WardCell;
import jp.yokoten.stats.Csv;
import jp.yokoten.stats.FiscalYear;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 23-ward board of one common process (its own root path: JAX-RS does not backtrack from /processes). */
@Path("/api/v1/processes/{id}/board")
@RolesAllowed(CurrentUser.STAFF)
@Tag(name = "Standardisation")
public class BoardResource {
    static final String CSV = "text/csv";

    @Inject
    BoardReads reads;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A common process's board: each of the 23 wards production, trial, planned or not_started at the end "
            + "of the fiscal year, with the process's rates (staff)")
    public Board board(@PathParam("id") String id,
            @Parameter(description = "e.g. 2026 = 2026-04-01 .. 2027-03-31 JST; default the current year") @QueryParam("fiscalYear")
            String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        return reads.board(Ids.uuid(id, "id"), FiscalYear.parse(fiscalYear));
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The board as CSV (UTF-8 with BOM), one row per ward")
    public Response boardCsv(@PathParam("id") String id, @QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        Board b = reads.board(Ids.uuid(id, "id"), FiscalYear.parse(fiscalYear));
        return csv("board-FY" + b.fiscalYear(), WardCell.CSV_HEADER, b.wards().stream().map(WardCell::csvRow).toList());
    }

    static Response csv(String name, String[] header, List<Object[]> rows) {
        StreamingOutput body = out -> {
            try (Csv csv = new Csv(out, header)) {
                rows.forEach(csv::row);
            }
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"yokoten-" + name + ".csv\"").build();
    }
}

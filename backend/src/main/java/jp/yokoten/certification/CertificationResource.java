package jp.yokoten.certification;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.DateRange;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.validation.QueryText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The certified citizen developer register (SPEC §10). */
@Path("/api/v1/certifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications")
public class CertificationResource {
    static final String CSV = "text/csv";
    /** The CSV export reads the whole filtered register in pages of this size. */
    private static final int EXPORT_PAGE = 100;

    @Inject
    CertificationService certifications;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({CurrentUser.ADMIN, CurrentUser.PUBLISHER, CurrentUser.AWARD_COMMITTEE})
    @Operation(summary = "The register, newest certification first, paged; validOn keeps those valid on that day "
            + "(admin, award_committee; publishers their own ward)")
    public Page<CertificationView> list(@QueryParam("ward") String ward, @Parameter(schema = @Schema(enumeration = {"basic", "advanced"}))
            @QueryParam("level") String level,
            @QueryParam("validOn") String validOn, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.check(QueryText.SLUG, "ward", ward, "level", level, "validOn", validOn);
        PageRequest paging = PageRequest.of(page, size);
        return certifications.list(ward, level(level), DateRange.date(validOn, "validOn"), paging);
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({CurrentUser.ADMIN, CurrentUser.PUBLISHER, CurrentUser.AWARD_COMMITTEE})
    @Operation(summary = "The whole filtered register as CSV (UTF-8 with BOM)")
    public Response csv(@QueryParam("ward") String ward,
            @Parameter(schema = @Schema(enumeration = {"basic", "advanced"})) @QueryParam("level") String level, @QueryParam("validOn") String validOn) {
        QueryText.check(QueryText.SLUG, "ward", ward, "level", level, "validOn", validOn);
        String l = level(level);
        LocalDate d = DateRange.date(validOn, "validOn");
        List<CertificationView> rows = new ArrayList<>();
        for (int p = 0;; p++) {
            Page<CertificationView> page = certifications.list(ward, l, d, new PageRequest(p, EXPORT_PAGE));
            rows.addAll(page.items());
            if (page.items().size() < EXPORT_PAGE) {
                break;
            }
        }
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> CertificationCsv.write(out, rows), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"yokoten-certifications.csv\"").build();
    }

    @POST
    @RolesAllowed({CurrentUser.ADMIN, CurrentUser.PUBLISHER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a certification (admin for any ward, publisher for their own)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or dates", content = @Content(mediaType = "application/problem+json"))
    public Response record(@Valid @NotNull CertificationRequest request) {
        CertificationView v = certifications.record(request);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/certifications/" + v.id())).entity(v).build();
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed({CurrentUser.ADMIN, CurrentUser.PUBLISHER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke with a reason; the row and its history stay (admin, publisher of its ward)")
    @APIResponse(responseCode = "200", description = "Revoked; the certification with its revocation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "409", description = "Revoked already", content = @Content(mediaType = "application/problem+json"))
    public CertificationView revoke(@PathParam("id") String id, @Valid @NotNull RevokeRequest request) {
        return certifications.revoke(Ids.uuid(id, "id"), request);
    }

    private static String level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        if (!level.equals("basic") && !level.equals("advanced")) {
            throw new InvalidInput("level", "must be basic or advanced");
        }
        return level;
    }
}

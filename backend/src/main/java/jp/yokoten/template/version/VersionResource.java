package jp.yokoten.template.version;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.file.FileStorage;
import jp.yokoten.governance.FindingView;
import jp.yokoten.governance.Justification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A template's versions: upload, list, download, withdraw, and the governance findings of each. */
@Path("/api/v1/templates/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class VersionResource {
    @Inject
    VersionService versions;

    @Inject
    FileStorage storage;

    @Context
    UriInfo uri;

    @POST
        @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file as a new version: multipart file, version (MAJOR.MINOR.PATCH, increasing), changelog (publisher of the owning ward)")
    @APIResponse(responseCode = "201", description = "The new draft version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid version, changelog or file", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Version not greater than the latest, or template in review", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "File over the size limit", content = @Content(mediaType = "application/problem+json"))
    public Response upload(@PathParam("id") String id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("version") String version, @RestForm("changelog") String changelog) throws IOException {
        VersionView v = versions.upload(Ids.uuid(id, "id"), version, changelog,
                file == null ? null : file.uploadedFile(), file == null ? null : file.fileName());
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/templates/" + id + "/versions/" + v.version()))
                .entity(v).build();
    }

    @GET
        @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Versions visible to the caller, newest first, paged (staff)")
    public Page<VersionView> versions(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return versions.versions(Ids.uuid(id, "id"), paging);
    }

    @GET
    @Path("/{version}/file")
    @RolesAllowed(CurrentUser.STAFF)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a version's file; Content-Disposition keeps Japanese names (RFC 6266/5987), Repr-Digest carries the SHA-256 (staff)")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "410", description = "The version was withdrawn", content = @Content(mediaType = "application/problem+json"))
    public Response file(@PathParam("id") String id, @PathParam("version") String version) {
        DownloadableFile d = versions.file(Ids.uuid(id, "id"), version);
        StreamingOutput body = out -> storage.copyTo(d.file().id(), out);
        return Response.ok(body, d.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, d.file().size())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(d.file().sha256()) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("/{version}/withdraw")
    @RolesAllowed({CurrentUser.PUBLISHER, CurrentUser.REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw (yank) an approved version with a reason: hides its file, keeps its history (publisher of the owning ward, reviewer)")
    @APIResponse(responseCode = "200", description = "The withdrawn version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "The version is not approved", content = @Content(mediaType = "application/problem+json"))
    public VersionView withdraw(@PathParam("id") String id, @PathParam("version") String version,
            @Valid @NotNull WithdrawRequest request) {
        return versions.withdraw(Ids.uuid(id, "id"), version, request.reason());
    }

    @GET
    @Path("/{version}/findings")
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Governance findings of a version, high first, with masked excerpts and justifications, paged "
            + "(staff; whoever may see the version)")
    public Page<FindingView> findings(@PathParam("id") String id, @PathParam("version") String version,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return versions.findings(Ids.uuid(id, "id"), version, PageRequest.of(page, size));
    }

    @PUT
    @Path("/{version}/findings/{findingId}/justification")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Justify a finding of a draft or rejected version; replaces an earlier justification (publisher of the owning ward)")
    @APIResponse(responseCode = "200", description = "The finding with its justification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "409", description = "The version is in review, approved or withdrawn", content = @Content(mediaType = "application/problem+json"))
    public FindingView justify(@PathParam("id") String id, @PathParam("version") String version,
            @PathParam("findingId") String findingId, @Valid @NotNull Justification body) {
        return versions.justify(Ids.uuid(id, "id"), version, Ids.uuid(findingId, "findingId"), body.justification());
    }
}

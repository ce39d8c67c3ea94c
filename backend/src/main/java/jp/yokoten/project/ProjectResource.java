package jp.yokoten.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.project.ProjectViews.FlowVersion;
import jp.yokoten.project.ProjectViews.ProjectDetail;
import jp.yokoten.project.ProjectViews.ProjectSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Common-process projects (SPEC §13): visible to all staff, created by the admin, edited by members. */
@Path("/api/v1/projects")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    ProjectReads reads;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Projects, newest first, optionally of one common process (staff)")
    public Page<ProjectSummary> list(@QueryParam("process") String process, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return reads.list(process == null || process.isBlank() ? null : Ids.uuid(process, "process"), paging);
    }

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project on a common process (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names the project, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDetail.class)))
    @APIResponse(responseCode = "400", description = "Unknown process or ward, unpublished template, invalid fields",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull CreateProjectRequest request) {
        ProjectReads.Loaded p = reads.detail(projects.create(request));
        return Conditional.created(uri, "projects/" + p.detail().id(), p.etag(), p.detail());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A project with members, standard flow, milestones and standard templates, with its ETag (staff)")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDetail.class)))
    public Response get(@PathParam("id") String id) {
        ProjectReads.Loaded p = reads.detail(Ids.uuid(id, "id"));
        return Conditional.tagged(p.detail(), p.etag());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a project with a JSON merge patch; If-Match required; a changed flow becomes a new version "
            + "(members, admin)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(implementation = ProjectFields.class)))
    @APIResponse(responseCode = "200", description = "The edited project with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDetail.class)))
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        ProjectReads.Loaded p = reads.detail(projects.patch(Ids.uuid(id, "id"), ifMatch, patch));
        return Conditional.tagged(p.detail(), p.etag());
    }

    @GET
    @Path("/{id}/flow")
    @Operation(summary = "The standard flow's version history, newest first, paged (staff)")
    public Page<FlowVersion> flowHistory(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return reads.flowHistory(Ids.uuid(id, "id"), paging);
    }

    @PUT
    @Path("/{id}/members/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member (Keycloak subject) or update their name and ward (members, admin)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDetail.class)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDetail.class)))
    public Response putMember(@PathParam("id") String id, @PathParam("subject") String subject, @Valid MemberRequest request) {
        UUID projectId = Ids.uuid(id, "id");
        boolean added = projects.putMember(projectId, subject, request);
        ProjectReads.Loaded p = reads.detail(projectId);
        return Response.status(added ? 201 : 200).tag(Conditional.unquoted(p.etag())).entity(p.detail()).build();
    }

    @DELETE
    @Path("/{id}/members/{subject}")
    @Operation(summary = "Remove a member (members, admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeMember(@PathParam("id") String id, @PathParam("subject") String subject) {
        projects.removeMember(Ids.uuid(id, "id"), subject);
        return Response.noContent().build();
    }
}

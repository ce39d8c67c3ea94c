package jp.yokoten.process;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Common business processes (共通業務): read by everyone, maintained by portal operators. */
@Path("/api/v1/processes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ProcessResource {
    @Inject
    ProcessService processes;

    @Context
    UriInfo uri;

    @GET
    @Authenticated
    @Operation(summary = "Common business processes (any role)")
    public List<ProcessView> list() {
        return processes.list();
    }

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a common business process (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessView.class)))
    @APIResponse(responseCode = "409", description = "Name exists already", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull ProcessRequest request) {
        ProcessView p = processes.create(request);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/processes/" + p.id())).entity(p).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a common business process (admin)")
    public ProcessView rename(@PathParam("id") String id, @Valid @NotNull ProcessRequest request) {
        return processes.rename(Ids.uuid(id, "id"), request);
    }
}

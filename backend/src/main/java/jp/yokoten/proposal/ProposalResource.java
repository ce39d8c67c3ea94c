package jp.yokoten.proposal;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.ward.WardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Improvement proposals (SPEC §9): the board, posting and editing, supports and answers. */
@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.STAFF)
@Tag(name = "Proposals")
public class ProposalResource {
    private static final int SIMILAR_LIMIT = 5;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalSupports supports;

    @Inject
    ProposalReads reads;

    @Inject
    WardService wards;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search proposals: every word must match (Japanese rules of §6); filters status, ward, category; "
            + "sort newest (default), mostSupported or mostWards (staff)")
    public Page<ProposalSummary> search(@QueryParam("q") String q,
            @Parameter(schema = @Schema(enumeration = {ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.IN_DEVELOPMENT,
                ProposalStatus.SOLVED, ProposalStatus.DECLINED, ProposalStatus.DUPLICATE})) @QueryParam("status") String status,
            @QueryParam("ward") String ward, @QueryParam("category") String category,
            @Parameter(schema = @Schema(enumeration = {"newest", "mostSupported", "mostWards"}, defaultValue = "newest"))
            @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.capped(q, "q", QueryText.SEARCH);
        QueryText.check(QueryText.SLUG, "status", status, "ward", ward, "category", category, "sort", sort);
        PageRequest paging = PageRequest.of(page, size);
        String s = sort == null || sort.isBlank() ? "newest" : sort.strip();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status != null && !ProposalStatus.ALL.contains(status)) {
            errors.add(new Problem.FieldError("status", "must be one of " + ProposalStatus.ALL));
        }
        if (ward != null && wards.find(ward).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
        if (category != null && !reads.exists("category", "slug", category)) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (!ProposalReads.SORTS.containsKey(s)) {
            errors.add(new Problem.FieldError("sort", "must be one of newest, mostSupported, mostWards"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        return reads.search(q, status, ward, category, s, paging);
    }

    @GET
    @Path("/similar")
    @Operation(summary = "While a title is typed: up to 5 similar proposals and 5 published templates, most shared words first (staff)")
    public SimilarItems similar(@QueryParam("title") String title) {
        QueryText.capped(title, "title", QueryText.SEARCH);
        return reads.similar(title, SIMILAR_LIMIT);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a proposal for the caller's ward; the author supports it implicitly (staff with a ward)")
    @APIResponse(responseCode = "201", description = "Created; Location names the proposal, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull ProposalFields fields) {
        ProposalDetail d = proposals.create(fields);
        return Conditional.created(uri, "proposals/" + d.id(), proposals.etag(d.id()), d);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A proposal with its answer and status history, and its ETag (staff)")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalDetail.class)))
    public Response get(@PathParam("id") String id) {
        UUID uuid = Ids.uuid(id, "id");
        return Conditional.tagged(proposals.get(uuid), proposals.etag(uuid));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit an open proposal with a JSON merge patch; If-Match required (its author)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(implementation = ProposalFields.class)))
    @APIResponse(responseCode = "200", description = "The edited proposal with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalDetail.class)))
    @APIResponse(responseCode = "409", description = "No longer open", content = @Content(mediaType = "application/problem+json"))
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        UUID uuid = Ids.uuid(id, "id");
        ProposalDetail d = proposals.patch(uuid, ifMatch, patch);
        return Conditional.tagged(d, proposals.etag(uuid));
    }

    @PUT
    @Path("/{id}/support")
    @Operation(summary = "「うちの区でも欲しい」: support a proposal; repeating it changes nothing (staff with a ward)")
    @APIResponse(responseCode = "200", description = "The counts after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportState.class)))
    @APIResponse(responseCode = "409", description = "The proposal is closed", content = @Content(mediaType = "application/problem+json"))
    public SupportState support(@PathParam("id") String id) {
        return supports.support(Ids.uuid(id, "id"));
    }

    @DELETE
    @Path("/{id}/support")
    @Operation(summary = "Take one's support back; the author's own support stays (staff)")
    @APIResponse(responseCode = "200", description = "The counts after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportState.class)))
    @APIResponse(responseCode = "404", description = "The caller does not support it", content = @Content(mediaType = "application/problem+json"))
    public SupportState withdraw(@PathParam("id") String id) {
        return supports.withdraw(Ids.uuid(id, "id"));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({CurrentUser.PUBLISHER, CurrentUser.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the proposal forward with an answer; solved names a published template, duplicate the kept "
            + "proposal (publisher of the author's ward, admin)")
    @APIResponse(responseCode = "400", description = "Answer, template or kept proposal missing or invalid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Closed already, or a step backwards", content = @Content(mediaType = "application/problem+json"))
    public Response status(@PathParam("id") String id, @Valid @NotNull ProposalStatusRequest request) {
        UUID uuid = Ids.uuid(id, "id");
        ProposalDetail d = proposals.changeStatus(uuid, request);
        return Conditional.tagged(d, proposals.etag(uuid));
    }
}

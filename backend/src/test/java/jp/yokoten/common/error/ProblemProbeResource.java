package jp.yokoten.common.error;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that make the mapper's failure paths reachable; hidden from the contract. */
@Path("/api/v1/test-probe")
@Authenticated
public class ProblemProbeResource {
    public record ProbeRequest(@NotBlank @Size(max = 10) String title, @Min(1) @Max(5) int stars) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String accept(@Valid ProbeRequest request) {
        return "ok";
    }

    @GET
    @Path("/crash")
    @Operation(hidden = true)
    public String crash() {
        throw new IllegalStateException("SELECT secret FROM ward WHERE password = 'hunter2'");
    }

    @GET
    @Path("/conflict")
    @Operation(hidden = true)
    public String conflict() {
        throw new Conflict("Version 1.0.0 exists already.");
    }
}

package jp.yokoten.common.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: a resource that forgot its security annotation; deny-by-default must refuse it to everyone. */
@Path("/api/v1/test-unannotated")
public class UnannotatedProbeResource {
    @GET
    @Operation(hidden = true)
    public String open() {
        return "this must never be served";
    }
}

package jp.yokoten.common.openapi;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Turns the document SmallRye derives from the resources into the published contract (openapi.yaml): what every
 * /api/v1 operation shares is added here once, so resources only declare what is theirs (see package-info).
 */
public class ContractFilter implements OASFilter {
    static final String API_PREFIX = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        DocumentInfo.apply(openAPI);
        ErrorResponses.addProblemSchema(openAPI);
        Schemas.closeSets(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        OperationIds ids = new OperationIds();
        Set<String> patched = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(API_PREFIX)) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                ItemNames.apply(path, op);
                ids.assign(entry.getKey(), path, op);
                DocumentInfo.secure(op);
                Parameters.type(path, op);
                String replaced = Schemas.patchBody(openAPI, path, op);
                if (replaced != null) {
                    patched.add(replaced);
                }
                SuccessResponses.complete(openAPI, entry.getKey(), path, op);
                ErrorResponses.complete(path, op);
            }
        });
        RequiredFields.apply(openAPI);
        Schemas.dropUnused(openAPI, patched);
    }
}

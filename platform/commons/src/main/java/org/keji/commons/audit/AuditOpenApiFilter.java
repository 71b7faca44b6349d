package org.keji.commons.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.keji.commons.security.Scopes;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the audit trail's operations under this service's own name ({@code /api/v1/audit/enterprise/records}
 * rather than {@code /api/v1/audit/{service}/records}): the only name the service answers, the prefix the gateway
 * routes to it, and a path that does not clash with the other services' when the gateway merges their documents.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AuditOpenApiFilter implements OASFilter {

    private static final String TEMPLATE = "/api/v1/audit/{service}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String own = "/api/v1/audit/" + Scopes.service();
        // in the order of the paths, so that the document is the same on every build (Map.copyOf iterates at random)
        for (Map.Entry<String, PathItem> entry : new TreeMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
            if (!entry.getKey().startsWith(TEMPLATE + "/")) {
                continue;
            }
            PathItem item = entry.getValue();
            item.setParameters(withoutService(item.getParameters()));
            item.getOperations().values().forEach(AuditOpenApiFilter::dropService);
            openAPI.getPaths().removePathItem(entry.getKey());
            openAPI.getPaths().addPathItem(own + entry.getKey().substring(TEMPLATE.length()), item);
        }
    }

    private static void dropService(Operation operation) {
        operation.setParameters(withoutService(operation.getParameters()));
    }

    private static List<Parameter> withoutService(List<Parameter> parameters) {
        if (parameters == null) {
            return null;
        }
        List<Parameter> kept = new ArrayList<>(parameters);
        kept.removeIf(parameter -> "service".equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH);
        return kept.isEmpty() ? null : kept;
    }
}

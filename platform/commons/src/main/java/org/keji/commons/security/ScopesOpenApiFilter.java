package org.keji.commons.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Shows the scope an integration client needs on every operation that admits the integration role: the extension
 * {@value Scopes#EXTENSION} and a line of the description, so a client generated from the document knows which scopes
 * to ask its credentials for.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ScopesOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (!admitsIntegration(operation.getSecurity())) {
                    continue;
                }
                Object named = operation.getExtensions() == null ? null
                        : operation.getExtensions().get(Scopes.EXTENSION);
                String scope = Scopes.required(entry.getKey().name(), named == null ? null : named.toString());
                operation.addExtension(Scopes.EXTENSION, scope);
                String line = "Integration clients need the scope `" + scope + "` (else 403 INSUFFICIENT_SCOPE).";
                String description = operation.getDescription();
                if (description == null || !description.contains(line)) {
                    operation.setDescription(description == null || description.isBlank() ? line
                            : description + "\n\n" + line);
                }
            }
        }
    }

    private static boolean admitsIntegration(List<SecurityRequirement> security) {
        return security != null && security.stream().filter(requirement -> requirement.getSchemes() != null)
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .anyMatch(roles -> roles != null && roles.contains(Roles.INTEGRATION));
    }
}

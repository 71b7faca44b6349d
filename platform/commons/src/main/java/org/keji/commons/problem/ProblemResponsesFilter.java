package org.keji.commons.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes every error response of the document an {@code application/problem+json} {@link Problem}, including the 401
 * and 403 responses the OpenAPI extension adds by itself to secured operations, so a client generated from the
 * document knows the error body of every call.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponsesFilter::problem);
                }
            });
        }
    }

    private static void problem(String status, APIResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
        String description = response.getDescription();
        if (description == null || !description.contains("(")) {
            response.setDescription(DEFAULTS.getOrDefault(status, description == null ? status : description));
        }
    }

    /** Descriptions of the responses the platform gives every secured operation. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "401", "No valid token (UNAUTHENTICATED)",
            "403", "Role not allowed (FORBIDDEN)");
}

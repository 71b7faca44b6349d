package org.keji.commons.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.web.EntityVersions;

/**
 * Documents, once for every service, the error responses the platform gives by itself, so that an operation lists
 * only its own business errors:
 * <ul>
 * <li>400 {@code VALIDATION_FAILED} for an operation with parameters or a body, {@code MALFORMED_REQUEST} for one with
 * a body, {@code INVALID_PAGE} / {@code INVALID_SORT} for one with paging parameters, {@code IDEMPOTENCY_KEY_INVALID}
 * for one taking an {@code Idempotency-Key};</li>
 * <li>401 {@code UNAUTHENTICATED} and 403 {@code FORBIDDEN} for a secured operation;</li>
 * <li>409 {@code IDEMPOTENCY_KEY_IN_USE} and 422 {@code IDEMPOTENCY_KEY_REUSED} for an idempotent create;</li>
 * <li>412 {@code PRECONDITION_FAILED} for an operation taking {@code If-Match}.</li>
 * </ul>
 * A response the operation documents itself is kept: the platform's codes it does not name yet are added after its own
 * description. Every 4xx/5xx response then gets the {@code application/problem+json} {@link Problem} body.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** What the platform answers by itself, in the order listed in a description (lower case: it may follow another). */
    private static final List<PlatformResponse> PLATFORM = List.of(
            new PlatformResponse("400", "a parameter or field is invalid", List.of("VALIDATION_FAILED"),
                    operation -> !parameters(operation).isEmpty() || operation.getRequestBody() != null),
            new PlatformResponse("400", "the body is not JSON of the documented shape", List.of("MALFORMED_REQUEST"),
                    operation -> operation.getRequestBody() != null),
            new PlatformResponse("400", "paging or sort out of range", List.of("INVALID_PAGE", "INVALID_SORT"),
                    operation -> takes(operation, Parameter.In.QUERY, "page")
                            || takes(operation, Parameter.In.QUERY, "sort")),
            new PlatformResponse("400", "the Idempotency-Key is not 1-200 visible ASCII characters",
                    List.of("IDEMPOTENCY_KEY_INVALID"), ProblemResponsesFilter::idempotent),
            new PlatformResponse("401", "no valid token", List.of("UNAUTHENTICATED"),
                    ProblemResponsesFilter::secured),
            new PlatformResponse("403", "role not allowed", List.of("FORBIDDEN"), ProblemResponsesFilter::secured),
            new PlatformResponse("409", "the Idempotency-Key is in use by a request still running",
                    List.of("IDEMPOTENCY_KEY_IN_USE"), ProblemResponsesFilter::idempotent),
            new PlatformResponse("412", "the If-Match header is not the current version", List.of("PRECONDITION_FAILED"),
                    operation -> takes(operation, Parameter.In.HEADER, EntityVersions.IF_MATCH)),
            new PlatformResponse("422", "the Idempotency-Key was used with another body",
                    List.of("IDEMPOTENCY_KEY_REUSED"), ProblemResponsesFilter::idempotent));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(ProblemResponsesFilter::document);
        }
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, List<PlatformResponse>> platform = new LinkedHashMap<>();
        for (PlatformResponse response : PLATFORM) {
            if (response.appliesTo().test(operation)) {
                platform.computeIfAbsent(response.status(), status -> new ArrayList<>()).add(response);
            }
        }
        platform.forEach((status, parts) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse();
                responses.addAPIResponse(status, response);
            }
            response.setDescription(describe(parts, response.getDescription()));
        });
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach(ProblemResponsesFilter::problem);
        // listed by status, as the operations list them
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /**
     * The operation's own description of a status, followed by the platform's parts it does not name yet. A description
     * naming no code at all is a generated default ("Not Authorized") and gives way to the platform's.
     */
    static String describe(List<PlatformResponse> parts, String own) {
        boolean ownNamesCodes = own != null && own.contains("(");
        List<String> missing = new ArrayList<>();
        for (PlatformResponse part : parts) {
            List<String> codes = part.codes().stream()
                    .filter(code -> !ownNamesCodes || !Pattern.compile("\\b" + code + "\\b").matcher(own).find())
                    .toList();
            if (!codes.isEmpty()) {
                missing.add(part.text() + " (" + String.join(", ", codes) + ")");
            }
        }
        if (missing.isEmpty()) {
            return own;
        }
        String platform = String.join("; ", missing);
        if (!ownNamesCodes) {
            return Character.toUpperCase(platform.charAt(0)) + platform.substring(1);
        }
        return own + "; " + platform;
    }

    private static void problem(String status, APIResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static boolean takes(Operation operation, Parameter.In in, String name) {
        return parameters(operation).stream()
                .anyMatch(parameter -> parameter.getIn() == in && name.equalsIgnoreCase(parameter.getName()));
    }

    private static boolean idempotent(Operation operation) {
        return takes(operation, Parameter.In.HEADER, IdempotentRequests.HEADER);
    }

    /** Secured: some requirement names a scheme; a lone empty requirement ({@code [{}]}) is a public operation. */
    private static boolean secured(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    /** A response the platform gives by itself to the operations {@code appliesTo} selects. */
    record PlatformResponse(String status, String text, List<String> codes, Predicate<Operation> appliesTo) {
    }
}

package org.keji.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    @Test
    void shouldDocumentTheGenericErrorsOfAnIdempotentSecuredCreate() {
        Operation create = secured(OASFactory.createOperation()
                .addParameter(header("Idempotency-Key"))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", response("Created"))));

        filter(create);

        assertEquals(List.of("201", "400", "401", "403", "409", "422"), statuses(create));
        assertEquals("A parameter or field is invalid (VALIDATION_FAILED); the body is not JSON of the documented "
                + "shape (MALFORMED_REQUEST); the Idempotency-Key is not 1-200 visible ASCII characters "
                + "(IDEMPOTENCY_KEY_INVALID)", description(create, "400"));
        assertEquals("No valid token (UNAUTHENTICATED)", description(create, "401"));
        assertEquals("Role not allowed (FORBIDDEN)", description(create, "403"));
        assertEquals("The Idempotency-Key is in use by a request still running (IDEMPOTENCY_KEY_IN_USE)",
                description(create, "409"));
        assertEquals("The Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED)",
                description(create, "422"));
        assertNotNull(create.getResponses().getAPIResponse("422").getContent().getMediaType(Problem.MEDIA_TYPE));
        assertEquals(null, create.getResponses().getAPIResponse("201").getContent());
    }

    @Test
    void shouldAddThePlatformCodesAfterTheOperationsOwnWithoutOverwritingThem() {
        Operation update = secured(OASFactory.createOperation()
                .addParameter(header("If-Match"))
                .addParameter(OASFactory.createParameter().in(Parameter.In.PATH).name("id"))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("403", response("An applicant acting for another enterprise (ENTERPRISE_NOT_OWN)"))
                        .addAPIResponse("400", response("Invalid fields (VALIDATION_FAILED, RULE_SET_INVALID)"))
                        .addAPIResponse("404", response("No such thing (THING_NOT_FOUND)"))));

        filter(update);

        assertEquals(List.of("400", "401", "403", "404", "412"), statuses(update));
        assertEquals("An applicant acting for another enterprise (ENTERPRISE_NOT_OWN); role not allowed (FORBIDDEN)",
                description(update, "403"));
        assertEquals("Invalid fields (VALIDATION_FAILED, RULE_SET_INVALID); the body is not JSON of the "
                + "documented shape (MALFORMED_REQUEST)", description(update, "400"));
        assertEquals("No such thing (THING_NOT_FOUND)", description(update, "404"));
        assertEquals("The If-Match header is not the current version (PRECONDITION_FAILED)", description(update, "412"));
        assertNotNull(update.getResponses().getAPIResponse("404").getContent().getMediaType(Problem.MEDIA_TYPE));
    }

    @Test
    void shouldDocumentPagingErrorsForAListAndNothingGenericForAPublicOperationWithoutInput() {
        Operation list = secured(OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().in(Parameter.In.QUERY).name("page"))
                .addParameter(OASFactory.createParameter().in(Parameter.In.QUERY).name("sort"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", response("A page"))));
        Operation health = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", response("Up")));

        filter(list);
        filter(health);

        assertEquals("A parameter or field is invalid (VALIDATION_FAILED); paging or sort out of range "
                + "(INVALID_PAGE, INVALID_SORT)", description(list, "400"));
        assertEquals(List.of("200", "400", "401", "403"), statuses(list));
        assertEquals(List.of("200"), statuses(health));
    }

    @Test
    void shouldReplaceAGeneratedDescriptionThatNamesNoCode() {
        Operation read = secured(OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", response("The thing"))
                        .addAPIResponse("401", response("Not Authorized"))));

        filter(read);

        assertEquals("No valid token (UNAUTHENTICATED)", description(read, "401"));
    }

    private static Operation secured(Operation operation) {
        return operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearerAuth"));
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().in(Parameter.In.HEADER).name(name);
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description);
    }

    private static void filter(Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/things", OASFactory.createPathItem().POST(operation)));
        new ProblemResponsesFilter().filterOpenAPI(document);
    }

    private static List<String> statuses(Operation operation) {
        return List.copyOf(operation.getResponses().getAPIResponses().keySet());
    }

    private static String description(Operation operation, String status) {
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        return responses.get(status).getDescription();
    }
}

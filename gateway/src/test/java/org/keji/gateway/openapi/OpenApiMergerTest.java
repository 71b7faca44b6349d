package org.keji.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiMerger.Info INFO = new OpenApiMerger.Info("Keji API", "1", "Keji", "/");

    private final OpenApiMerger merger = new OpenApiMerger();

    @Test
    void shouldRenameAnIdenticalLookingSchemaThatRefersToARenamedOne() throws Exception {
        JsonNode first = JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"a","version":"1"},"paths":{},
                 "components":{"schemas":{
                   "Violation":{"type":"object","properties":{"field":{"type":"string"}}},
                   "Problem":{"type":"object","properties":{"violations":{"type":"array",
                     "items":{"$ref":"#/components/schemas/Violation"}}}}}}}
                """);
        JsonNode second = JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"b","version":"1"},
                 "paths":{"/api/v1/tech-contracts":{"get":{"responses":{"400":{"description":"bad",
                   "content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{
                   "Violation":{"type":"object","properties":{"message":{"type":"string"}}},
                   "Problem":{"type":"object","properties":{"violations":{"type":"array",
                     "items":{"$ref":"#/components/schemas/Violation"}}}},
                   "Pet":{"oneOf":[{"$ref":"#/components/schemas/Violation"}],
                     "discriminator":{"propertyName":"kind","mapping":{"v":"#/components/schemas/Violation"}}}}}}
                """);

        JsonNode merged = merger.merge(List.of(new ServiceDocument("a", first),
                new ServiceDocument("tech-contracts", second)), INFO);

        JsonNode schemas = merged.at("/components/schemas");
        // the same text means something else once its Violation is the other service's
        assertEquals("#/components/schemas/TechContractsViolation",
                schemas.at("/TechContractsProblem/properties/violations/items/$ref").asText());
        assertEquals("#/components/schemas/Violation", schemas.at("/Problem/properties/violations/items/$ref").asText());
        assertEquals("#/components/schemas/TechContractsProblem",
                merged.at("/paths/~1api~1v1~1tech-contracts/get/responses/400/content/application~1problem+json"
                        + "/schema/$ref").asText());
        assertEquals("#/components/schemas/TechContractsViolation",
                schemas.at("/Pet/discriminator/mapping/v").asText());
        assertTrue(schemas.has("Pet"), "a name without clash is kept");
    }

    @Test
    void shouldLeaveOutADocumentThatIsNotAnObjectAndListIt() throws Exception {
        JsonNode good = JSON.readTree("""
                {"openapi":"3.0.3","info":{"title":"a","version":"1"},"paths":{"/x":{"get":{"responses":{}}}}}
                """);
        JsonNode merged = merger.merge(List.of(new ServiceDocument("a", good),
                new ServiceDocument("b", JSON.readTree("[1,2]")), ServiceDocument.unavailable("c")), INFO);

        assertEquals("3.0.3", merged.get("openapi").asText());
        assertTrue(merged.at("/paths").has("/x"));
        assertEquals("[\"b\",\"c\"]", merged.get(OpenApiMerger.UNAVAILABLE).toString());
        assertFalse(merged.at("/info/description").asText().isEmpty());
    }

    @Test
    void shouldKeepOperationIdsUniqueAcrossServices() throws Exception {
        JsonNode enterprise = JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"a","version":"1"},
                 "paths":{"/api/v1/enterprises/{uscc}":{"get":{"operationId":"get","responses":{}}}}}
                """);
        JsonNode project = JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"b","version":"1"},
                 "paths":{"/api/v1/enterprise-replicas/{uscc}":{"get":{"operationId":"get","responses":{}},
                                                               "post":{"operationId":"refresh","responses":{}}}}}
                """);

        JsonNode merged = merger.merge(List.of(new ServiceDocument("enterprise", enterprise),
                new ServiceDocument("project", project)), INFO);

        assertEquals("get", merged.at("/paths/~1api~1v1~1enterprises~1{uscc}/get/operationId").asText());
        assertEquals("projectGet", merged.at("/paths/~1api~1v1~1enterprise-replicas~1{uscc}/get/operationId").asText());
        assertEquals("refresh", merged.at("/paths/~1api~1v1~1enterprise-replicas~1{uscc}/post/operationId").asText());
    }
}

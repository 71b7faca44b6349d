package org.keji.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(StubServices.class)
class ProxyTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final String token = "Bearer " + Tokens.shared().officer();

    @Test
    void shouldForwardGetWithQueryStringToTheServiceOfThePrefix() {
        // sent as written: REST-assured would otherwise encode the comma
        given().urlEncodingEnabled(false).header("Authorization", token)
                .when().get("/api/v1/incubators/42/tenants?page=2&size=20&sort=name,asc")
                .then().statusCode(200)
                .header("X-Backend", "enterprise")
                .body("backend", equalTo("enterprise"))
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/incubators/42/tenants"))
                .body("query", equalTo("page=2&size=20&sort=name,asc"));
    }

    @Test
    void shouldPreferTheLongestMatchingPrefix() {
        given().header("Authorization", token)
                .when().get("/api/v1/enterprises/replicas/91330100MA2B3C4D5E")
                .then().statusCode(200).body("backend", equalTo("project"));
        given().header("Authorization", token)
                .when().get("/api/v1/enterprises/91330100MA2B3C4D5E")
                .then().statusCode(200).body("backend", equalTo("enterprise"));
        // a prefix matches whole path segments only
        given().header("Authorization", token)
                .when().get("/api/v1/enterprises-archive/1")
                .then().statusCode(404).body("code", equalTo("ROUTE_NOT_FOUND"));
    }

    @Test
    void shouldForwardPostBodyAndHeadersUnchanged() {
        String body = "{\"name\":\"杭州科技有限公司\",\"region\":\"330100\"}";
        given().urlEncodingEnabled(false).header("Authorization", token)
                .header("Accept-Language", "en-US,en;q=0.9")
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/projects?note=%E5%88%9B%E6%96%B0%E5%88%B8")
                .then().statusCode(200)
                .body("backend", equalTo("project"))
                .body("method", equalTo("POST"))
                .body("body", equalTo(body))
                .body("query", equalTo("note=%E5%88%9B%E6%96%B0%E5%88%B8"))
                .body("headers.authorization", equalTo(token))
                .body("headers.accept-language", equalTo("en-US,en;q=0.9"))
                .body("headers.content-type", startsWith("application/json"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", not(emptyOrNullString()));
    }

    @Test
    void shouldRoundTripChineseTextInBothDirections() {
        String body = "{\"title\":\"科技小巨人认定申报书（2026 年度）\",\"note\":\"专利质押融资 · 贴息\"}";
        Response response = given().header("Authorization", token)
                .contentType("application/json; charset=UTF-8")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().put("/api/v1/enterprises/91330100MA2B3C4D5E")
                .then().statusCode(200).extract().response();
        assertEquals(body, response.jsonPath().getString("body"));
    }

    @Test
    void shouldPreserveTheHostAndTellTheServiceHowItWasCalled() {
        Response response = given().header("Authorization", token)
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200).extract().response();
        String host = response.jsonPath().getString("headers.host");
        assertEquals(host, response.jsonPath().getString("headers.x-forwarded-host"));
        assertEquals("localhost:" + io.restassured.RestAssured.port, host);
    }

    @Test
    void shouldCreateARequestIdWhenNoneIsSent() {
        Response response = given().header("Authorization", token)
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .extract().response();
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));
    }

    @Test
    void shouldKeepASaneRequestId() {
        given().header("Authorization", token).header("X-Request-Id", "portal-7f3a.2026_11")
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("X-Request-Id", "portal-7f3a.2026_11")
                .body("headers.x-request-id", equalTo("portal-7f3a.2026_11"));
    }

    @Test
    void shouldReplaceAnInsaneRequestId() {
        given().header("Authorization", token).header("X-Request-Id", "<script>alert(1)</script>")
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .body("headers.x-request-id", matchesPattern(UUID));
        given().header("Authorization", token).header("X-Request-Id", "a".repeat(129))
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldAnswerRouteNotFoundForAnUnknownPrefix() {
        given().header("Authorization", token).header("X-Request-Id", "req-404")
                .when().get("/api/v1/whatever/1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-404")
                .body("type", equalTo("urn:keji:problem:route-not-found"))
                .body("title", equalTo("接口不存在"))
                .body("status", equalTo(404))
                .body("detail", equalTo("没有服务提供接口 /api/v1/whatever/1。"))
                .body("instance", equalTo("/api/v1/whatever/1"))
                .body("code", equalTo("ROUTE_NOT_FOUND"))
                .body("requestId", equalTo("req-404"));
    }

    @Test
    void shouldAnswerUpstreamUnavailableWithRetryAfterWhenTheServiceRefusesConnections() {
        given().header("Authorization", token).header("Accept-Language", "en")
                .when().get("/api/v1/patents/CN202610000001.X")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("urn:keji:problem:upstream-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The backend service ip cannot be reached; try again later."))
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        // with a body that was never read
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"amount\":\"100.00\"}")
                .when().post("/api/v1/loans")
                .then().statusCode(503)
                .header("Retry-After", "1")
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("title", equalTo("服务暂不可用"));
    }

    @Test
    void shouldAnswerUpstreamTimeoutWhenTheServiceStaysSilent() {
        given().header("Authorization", token)
                .when().get("/api/v1/enterprises/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:keji:problem:upstream-timeout"))
                .body("code", equalTo("UPSTREAM_TIMEOUT"))
                .header("Retry-After", nullValue());
    }

    @Test
    void shouldNotPassTheServicesOwnCorsHeaders() {
        given().header("Authorization", token)
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

package org.keji.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;

/** What the gateway answers itself: authentication, body limits, CORS, the public endpoints. */
@QuarkusTest
@WithTestResource(StubServices.class)
class EdgeTest {

    @Test
    void shouldRefuseACallWithoutToken() {
        given().when().get("/api/v1/enterprises/1")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:keji:problem:unauthenticated"))
                .body("title", equalTo("未认证"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/enterprises/1"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        String forged = Tokens.in(Path.of(System.getProperty("java.io.tmpdir"), "other-keys")).admin();
        given().header("Authorization", "Bearer " + forged).header("Accept-Language", "en")
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("Unauthenticated"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldRefuseAnExpiredToken() throws Exception {
        String expired = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("officer-1")
                .groups("officer").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).jws().sign(sharedPrivateKey());
        given().header("Authorization", "Bearer " + expired)
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldRefuseAMalformedAuthorizationHeader() {
        given().header("Authorization", "Basic b2ZmaWNlcjpzZWNyZXQ=")
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer not.a.jwt")
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    /**
     * Repeated because the failure it guards against is a race: closing the connection on a client still sending
     * made about one call in fifteen end in a connection reset instead of the 413.
     */
    @RepeatedTest(50)
    void shouldRefuseABodyAboveTheLimit() {
        byte[] body = new byte[StubServices.MAX_BODY_SIZE + 1024];
        given().header("Authorization", "Bearer " + Tokens.shared().officer())
                .contentType("application/octet-stream").body(body)
                .when().post("/api/v1/enterprises")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:keji:problem:payload-too-large"))
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void shouldRefuseAChunkedBodyAboveTheLimit() throws Exception {
        byte[] body = new byte[StubServices.MAX_BODY_SIZE + 1024];
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/v1/enterprises"))
                .header("Authorization", "Bearer " + Tokens.shared().officer())
                .header("Content-Type", "application/octet-stream")
                // a stream of unknown length is sent chunked: the limit must be counted, not read from a header
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
            assertTrue(response.body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), response.body());
        }
    }

    @Test
    void shouldPassABodyBelowTheLimit() {
        byte[] body = new byte[StubServices.MAX_BODY_SIZE - 1024];
        java.util.Arrays.fill(body, (byte) 'x');
        given().header("Authorization", "Bearer " + Tokens.shared().officer())
                .contentType("text/plain").body(body)
                .when().post("/api/v1/enterprises")
                .then().statusCode(200)
                .body("body", equalTo(new String(body, StandardCharsets.US_ASCII)));
    }

    @Test
    void shouldAnswerCorsPreflightWithTheConfiguredHeaders() {
        given().header("Origin", "https://portal.keji.example")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization,Idempotency-Key,If-Match")
                .when().options("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("X-Request-Id", not(emptyOrNullString()))
                .header("Access-Control-Allow-Origin", "https://portal.keji.example")
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Methods", containsString("DELETE"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Accept-Language"))
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"));
    }

    @Test
    void shouldExposeTheConfiguredHeadersToBrowsers() {
        given().header("Origin", "https://portal.keji.example")
                .header("Authorization", "Bearer " + Tokens.shared().officer())
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.keji.example")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
    }

    @Test
    void shouldServeHealthOnTheApiPortAndMetricsOnlyOnTheManagementPort() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(404);
        given().port(managementPort()).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void shouldTagApiCallsByRoutePrefixNeverByTheIdsInTheirPath() {
        String token = "Bearer " + Tokens.shared().officer();
        given().header("Authorization", token).when().get("/api/v1/enterprises/91330100MA2METRIC9").then().statusCode(200);
        given().header("Authorization", token).when().get("/api/v1/whatever/UNROUTEDMETRIC7").then().statusCode(404);
        given().when().get("/api/v1/enterprises/91330100MA2ANONYM5").then().statusCode(401);

        String metrics = given().port(managementPort()).when().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.contains("uri=\"/api/v1/enterprises/*\""), "series tagged by the route prefix");
        assertTrue(metrics.contains("uri=\"/api/v1/*\""), "unrouted calls tagged by one template");
        for (String id : new String[] { "METRIC9", "UNROUTEDMETRIC7", "ANONYM5" }) {
            assertFalse(metrics.contains(id), "a series names the id " + id);
        }
    }

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    private static PrivateKey sharedPrivateKey() throws Exception {
        Path key = Path.of(Tokens.shared().publicKeyLocation()).resolveSibling("private-key.pem");
        String pem = Files.readString(key).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}

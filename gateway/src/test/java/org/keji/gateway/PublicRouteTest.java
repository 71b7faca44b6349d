package org.keji.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * {@code /public/v1} (certificate verification) is proxied without a token, and each client may call it only so often:
 * {@link StubServices#PUBLIC_LIMIT} times in the tests' hour, then {@code 429 RATE_LIMITED}. One test, in order,
 * because the calls of this JVM all come from one client.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class PublicRouteTest {

    private static final String VERIFY = "/public/v1/certificate-verifications";
    private static final String BODY = "{\"certificateNumber\":\"GR202535000123\",\"verificationCode\":\"7K3M-Q9TX-2C4H-V8NR\"}";

    @Test
    void shouldForwardPublicCallsWithoutATokenAndLimitEachClient() {
        // 1: no token at all
        given().contentType(ContentType.JSON).body(BODY).post(VERIFY).then().statusCode(200)
                .body("backend", equalTo("enterprise")).body("method", equalTo("POST"))
                .body("path", equalTo(VERIFY)).body("body", equalTo(BODY))
                .body("headers.authorization", nullValue());
        // 2: a token is not needed but does no harm, and is passed on as it came
        String token = "Bearer " + Tokens.shared().officer();
        given().header("Authorization", token).contentType(ContentType.JSON).body(BODY).post(VERIFY).then()
                .statusCode(200).body("headers.authorization", equalTo(token));
        // 3: nor does a token the gateway would refuse on /api/v1: the service answers a public call regardless
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON).body(BODY).post(VERIFY)
                .then().statusCode(200).body("backend", equalTo("enterprise"));
        // 4: a public path no service serves is not found, and counts like any other call
        given().get("/public/v1/anything-else").then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("ROUTE_NOT_FOUND"));

        // the limit is reached: no further call of this client reaches a service
        given().contentType(ContentType.JSON).body(BODY).header("Accept-Language", "en").post(VERIFY).then()
                .statusCode(429).contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9]\\d*")).body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo(429)).body("title", equalTo("Too many requests"))
                .body("type", equalTo("urn:keji:problem:rate-limited"));
        given().get("/public/v1/certificate-verifications").then().statusCode(429)
                .body("code", equalTo("RATE_LIMITED"));

        // the token check of /api/v1 is untouched, and its calls are not limited
        given().get("/api/v1/enterprises/91350100M000100Y43").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", token).get("/api/v1/enterprises/91350100M000100Y43").then().statusCode(200)
                .body("backend", equalTo("enterprise"));
    }
}

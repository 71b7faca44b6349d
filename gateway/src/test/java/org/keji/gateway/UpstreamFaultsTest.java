package org.keji.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A service that is killed mid-request or saturated is answered 503 problem+json with Retry-After, never 502. */
@QuarkusTest
@WithTestResource(FaultyService.class)
class UpstreamFaultsTest {

    private final String token = "Bearer " + Tokens.shared().officer();
    /** Its own threads: the common pool may have a single one on a two-core machine. */
    private final ExecutorService clients = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void shouldAnswerUnavailableWithRetryAfterWhenTheServiceResetsTheConnectionOfAWrite() {
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().post("/api/v1/enterprises/vanish")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        // a write is never repeated by the gateway: the client retries it with its Idempotency-Key
        assertEquals(1, FaultyService.hits("/api/v1/enterprises/vanish"));
    }

    @Test
    void shouldRetryABodilessReadOnceOnAClosedConnectionThenAnswerUnavailable() {
        given().header("Authorization", token)
                .when().get("/api/v1/enterprises/vanish?read")
                .then().statusCode(503)
                .header("Retry-After", "3")
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        assertEquals(2, FaultyService.hits("/api/v1/enterprises/vanish?read"));
    }

    private CompletableFuture<Integer> hold() {
        return CompletableFuture.supplyAsync(() -> given().header("Authorization", token)
                .when().get("/api/v1/enterprises/hold").statusCode(), clients);
    }

    @Test
    void shouldAnswerBusyWithRetryAfterWhenTheWaitQueueIsFull() throws Exception {
        // both connections busy, and no place in the wait queue
        CompletableFuture<Integer> holding = hold();
        CompletableFuture<Integer> waiting = hold();
        long deadline = System.currentTimeMillis() + 5_000;
        while (FaultyService.hits("/api/v1/enterprises/hold") < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }

        given().header("Authorization", token).header("Accept-Language", "en")
                .when().get("/api/v1/enterprises/1")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("code", equalTo("UPSTREAM_BUSY"))
                .body("title", equalTo("Service busy"));
        assertEquals(200, holding.get());
        assertEquals(200, waiting.get());
        // the queue sheds load only while it is full
        given().header("Authorization", token).when().get("/api/v1/enterprises/1").then().statusCode(200);
    }
}

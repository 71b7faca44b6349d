package org.keji.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.keji.launcher.Suite;
import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.SampleDocuments;
import org.keji.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The suite as a client sees it: requests through the gateway, plus a look into a service's database. */
final class Gateway {

    private final Suite suite;

    Gateway(Suite suite) {
        this.suite = suite;
    }

    Suite suite() {
        return suite;
    }

    Tokens tokens() {
        return suite.infra().tokens();
    }

    /** A request without credentials. */
    RequestSpecification anonymous() {
        return given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8))
                .accept(ContentType.JSON);
    }

    /** A request with {@code Authorization: Bearer <token>}. */
    RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    Response register(String token, Map<String, Object> enterprise) {
        return as(token).body(enterprise).post("/api/v1/enterprises");
    }

    /** Uploads a fresh PDF to the enterprise's materials as a raw body; the material's id. */
    String uploadMaterial(String token, String uscc, String fileName, String kind) {
        return as(token).contentType("application/pdf").queryParam("fileName", fileName).queryParam("kind", kind)
                .body(SampleDocuments.pdf()).post("/api/v1/enterprises/{uscc}/materials", uscc).then().statusCode(201)
                .extract().path("id");
    }

    /** Polls project-service's replica of an enterprise until it exists. */
    Response awaitReplica(String uscc, Duration within) {
        String officer = tokens().officer();
        return await("replica of " + uscc + " in project-service").atMost(within).pollInterval(Duration.ofMillis(200))
                .until(() -> as(officer).get("/api/v1/enterprise-replicas/{uscc}", uscc), r -> r.statusCode() == 200);
    }

    /** One number from a service's own database, e.g. the outbox's pending rows. */
    long count(String database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(suite.infra().postgres().jdbcUrl(database),
                EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query on " + database + " failed: " + sql, e);
        }
    }
}

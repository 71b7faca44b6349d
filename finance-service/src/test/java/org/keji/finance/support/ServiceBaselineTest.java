package org.keji.finance.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts against real PostgreSQL and Kafka, migrates its database and documents itself. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ServiceBaselineTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldBeHealthyWithDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldMigrateThePlatformTables() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                                + "('outbox_event', 'inbox_event', 'idempotency_record')")) {
            rs.next();
            assertEquals(3, rs.getInt(1));
        }
    }

    @Test
    void shouldServeItsOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Keji finance-service"));
    }
}

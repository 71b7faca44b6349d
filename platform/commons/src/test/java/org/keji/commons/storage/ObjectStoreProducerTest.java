package org.keji.commons.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Without configuration a service stores objects in the file system, at most 20 MB each, and reports it ready. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ObjectStoreProducerTest {

    @Inject
    ObjectStore store;

    @Inject
    StorageConfig config;

    @Test
    void shouldChooseTheFileSystemByDefault() {
        assertEquals("filesystem", store.kind());
        assertEquals(20L * 1024 * 1024, config.maxSize().asLongValue());
    }

    @Test
    void shouldReportTheStoreInTheReadinessCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItem("object-store"));
    }
}

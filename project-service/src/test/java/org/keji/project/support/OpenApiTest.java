package org.keji.project.support;

import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiContractTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The platform's OpenAPI contract, for project-service (the enterprise replica). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OpenApiTest extends OpenApiContractTest {

    @Override
    protected String service() {
        return "project-service";
    }

    @Override
    protected int minimumOperations() {
        return 75;
    }
}

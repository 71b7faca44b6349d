package org.keji.ip.support;

import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiContractTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The platform's OpenAPI contract, for ip-service (no operations yet). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OpenApiTest extends OpenApiContractTest {

    @Override
    protected String service() {
        return "ip-service";
    }

    @Override
    protected int minimumOperations() {
        return 40;
    }
}

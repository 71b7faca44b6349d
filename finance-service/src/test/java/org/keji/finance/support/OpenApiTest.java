package org.keji.finance.support;

import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiContractTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The platform's OpenAPI contract, for finance-service (no operations yet). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OpenApiTest extends OpenApiContractTest {

    @Override
    protected String service() {
        return "finance-service";
    }

    @Override
    protected int minimumOperations() {
        return 0;
    }
}

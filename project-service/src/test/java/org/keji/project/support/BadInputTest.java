package org.keji.project.support;

import org.keji.testkit.BadInputContract;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A NUL in any string of any operation of this service answers 400 naming the field (see {@link BadInputContract}). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class BadInputTest extends BadInputContract {

    @Override
    protected int minimumOperations() {
        return 60;
    }
}

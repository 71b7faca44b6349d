package org.keji.project.support;

import org.keji.testkit.KejiTestResource;
import org.keji.testkit.ServiceBaselineContractTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The platform's baseline, for project-service. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ServiceBaselineTest extends ServiceBaselineContractTest {
}

package org.keji.ip.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.problem.ProblemException;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A material registered in enterprise-service's wallet reaches ip-service over the real broker, so an ip case of the
 * same enterprise references it by id; another enterprise cannot reference it.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class MaterialReplicaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MaterialReferences references;

    @Test
    void shouldReferenceTheOwnersMaterialByIdOnceReplicated() {
        String owner = Usccs.aUscc();
        UUID receipt = UUID.randomUUID();
        MaterialRegistered data = new MaterialRegistered(receipt, owner, "INVOICE", "专利年费缴费收据", "国家知识产权局",
                null, "年费收据.pdf", "application/pdf", 91_204,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
        String event = EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/enterprise-service", MaterialRegistered.TYPE, owner, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(data)));
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", owner, event);

        Await.until("replica of " + receipt, () -> !references.find(owner, List.of(receipt)).isEmpty());
        assertEquals("年费收据.pdf", references.require(owner, List.of(receipt)).get(receipt).fileName());
        ProblemException foreign = assertThrows(ProblemException.class,
                () -> references.require(Usccs.aUscc(), List.of(receipt)));
        assertEquals("MATERIAL_NOT_FOUND", foreign.code());
    }
}

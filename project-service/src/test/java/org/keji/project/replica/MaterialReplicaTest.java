package org.keji.project.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.material.MaterialSummary;
import org.keji.commons.problem.ProblemException;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Materials registered in enterprise-service reach project-service's replica over the real broker, so its cases
 * reference them by id: the owner's are found with their metadata and expiry, another enterprise's or unknown ids are
 * refused naming them.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class MaterialReplicaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MaterialReferences references;

    @Test
    void shouldReplicateMaterialsAndCheckReferencesAgainstTheOwner() {
        String owner = Usccs.aUscc();
        UUID valid = UUID.randomUUID();
        UUID expired = UUID.randomUUID();
        send(material(valid, owner, LocalDate.of(2999, 12, 31)));
        send(material(expired, owner, LocalDate.of(2020, 12, 31)));
        Await.until("replica of the materials of " + owner, () -> references.find(owner, List.of(valid, expired))
                .size() == 2);

        Map<UUID, MaterialSummary> found = references.require(owner, List.of(valid, expired));
        assertEquals("审计报告.pdf", found.get(valid).fileName());
        assertEquals("AUDIT_REPORT", found.get(valid).kind());
        assertFalse(references.expired(found.get(valid)));
        assertTrue(references.expired(found.get(expired)));

        UUID unknown = UUID.randomUUID();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> references.require(Usccs.aUscc(), List.of(valid, unknown)));
        assertEquals(422, refused.status());
        assertEquals("MATERIAL_NOT_FOUND", refused.code());
        assertEquals(valid + ", " + unknown, refused.arguments()[0]);
    }

    private static String material(UUID id, String uscc, LocalDate validUntil) {
        MaterialRegistered data = new MaterialRegistered(id, uscc, "AUDIT_REPORT", "2025年度审计报告", "福建华兴会计师事务所",
                validUntil, "审计报告.pdf", "application/pdf", 482_113,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/keji/enterprise-service",
                MaterialRegistered.TYPE, uscc, OffsetDateTime.now(), CloudEvent.JSON, null, EventJson.toTree(data)));
    }

    private void send(String event) {
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", EventJson.read(event).subject(), event);
    }
}

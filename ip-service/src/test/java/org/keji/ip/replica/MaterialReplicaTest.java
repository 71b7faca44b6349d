package org.keji.ip.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import io.agroal.api.AgroalDataSource;
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

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldReferenceTheOwnersMaterialByIdOnceReplicated() throws SQLException {
        String owner = Usccs.aUscc();
        UUID receipt = UUID.randomUUID();
        MaterialRegistered data = new MaterialRegistered(receipt, owner, "INVOICE", "专利年费缴费收据", "国家知识产权局",
                null, "年费收据.pdf", "application/pdf", 91_204,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
        // an event of the topic the replica does not need, before the material (one key: delivered in this order)
        String registeredId = UUID.randomUUID().toString();
        String registered = EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, registeredId,
                "/keji/enterprise-service", "keji.enterprise.registered.v1", owner, OffsetDateTime.now(),
                CloudEvent.JSON, null, EventJson.toTree(java.util.Map.of("uscc", owner))));
        String event = EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/enterprise-service", MaterialRegistered.TYPE, owner, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(data)));
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send("keji.enterprise.v1", owner, registered);
        kafka.send("keji.enterprise.v1", owner, event);

        Await.until("replica of " + receipt, () -> !references.find(owner, List.of(receipt)).isEmpty());
        assertEquals(0, inboxRows(registeredId), "an event the replica does not need costs no inbox row");
        assertEquals("年费收据.pdf", references.require(owner, List.of(receipt)).get(receipt).fileName());
        ProblemException foreign = assertThrows(ProblemException.class,
                () -> references.require(Usccs.aUscc(), List.of(receipt)));
        assertEquals("MATERIAL_NOT_FOUND", foreign.code());
    }

    private long inboxRows(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM inbox_event WHERE event_id = ?")) {
            count.setString(1, eventId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package org.keji.commons.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.enterprise.EnterpriseRegistered;

class EventJsonTest {

    private static final CloudEvent REGISTERED = new CloudEvent(CloudEvent.SPEC_VERSION,
            "5b0e8f0e-6f9a-4d3c-9a51-0d4c7a3a2b11", "/keji/enterprise-service", EnterpriseRegistered.TYPE,
            "91350100M000100Y43", OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.ofHours(8)),
            CloudEvent.JSON, "req-1", EventJson.toTree(new EnterpriseRegistered("91350100M000100Y43", "福州市星火科技有限公司",
                    "350100", "I6511", LocalDate.of(2019, 3, 15))));

    @Test
    void shouldRoundTripTheEnvelopeAndItsData() {
        String json = EventJson.write(REGISTERED);
        CloudEvent read = EventJson.read(json);

        assertEquals(REGISTERED, read);
        assertEquals("福州市星火科技有限公司", EventJson.data(read, EnterpriseRegistered.class).name());
    }

    @Test
    void shouldWriteCloudEventsAttributeNamesAndIsoTimes() {
        String json = EventJson.write(REGISTERED);

        assertEquals(true, json.contains("\"specversion\":\"1.0\""), json);
        assertEquals(true, json.contains("\"time\":\"2026-11-22T09:30:00+08:00\""), json);
        assertEquals(true, json.contains("\"registrationDate\":\"2019-03-15\""), json);
        assertFalse(json.contains("eventType"), "the contract's type is the envelope's, not a data field");
    }

    @Test
    void shouldIgnoreFieldsAddedByANewerProducerOfTheSameVersion() {
        String json = EventJson.write(REGISTERED).replace("\"region\":", "\"legalRepresentative\":\"张三\",\"region\":");
        assertEquals("350100", EventJson.data(EventJson.read(json), EnterpriseRegistered.class).region());
    }

    @Test
    void shouldTreatAnythingButAnEnvelopeAsPoison() {
        assertThrows(PoisonEventException.class, () -> EventJson.read("not json"));
        assertThrows(PoisonEventException.class, () -> EventJson.read("{\"specversion\":\"0.3\",\"id\":\"1\","
                + "\"type\":\"t\",\"source\":\"/s\"}"));
        assertThrows(PoisonEventException.class, () -> EventJson.read("{\"specversion\":\"1.0\",\"type\":\"t\","
                + "\"source\":\"/s\"}"));
        CloudEvent noData = EventJson.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\",\"source\":\"/s\"}");
        assertThrows(PoisonEventException.class, () -> EventJson.data(noData, EnterpriseRegistered.class));
    }
}

package org.keji.commons.event.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.Envelopes;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.identifier.PatentType;

/** The ip contracts survive the wire unchanged, inside the envelope, as ip-service will write them. */
class IpEventJsonTest {

    private static final String NUMBER = "202310123456.6";
    private static final String HOLDER = "91350100M000100Y43";

    @Test
    void shouldRoundTripPatentGranted() {
        PatentGranted granted = new PatentGranted(NUMBER, PatentType.INVENTION, "一种锂电池极片涂布方法", HOLDER,
                LocalDate.of(2024, 6, 18), "ZL" + NUMBER);

        String json = EventJson.write(envelope(granted));

        assertEquals(granted, EventJson.data(EventJson.read(json), PatentGranted.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent.granted.v1\""), json);
        assertTrue(json.contains("\"subject\":\"202310123456.6\""), json);
        assertTrue(json.contains("\"patentType\":\"INVENTION\""), json);
        assertTrue(json.contains("\"grantedOn\":\"2024-06-18\""), json);
        assertTrue(json.contains("\"grantNumber\":\"ZL202310123456.6\""), json);
        assertFalse(json.contains("aggregateId"), "the key is the envelope's subject, not a data field");
    }

    @Test
    void shouldRoundTripPatentLapsed() {
        PatentLapsed lapsed = new PatentLapsed(NUMBER, HOLDER, LocalDate.of(2026, 1, 5), LapseReason.ANNUITY_UNPAID);

        String json = EventJson.write(envelope(lapsed));

        assertEquals(lapsed, EventJson.data(EventJson.read(json), PatentLapsed.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent.lapsed.v1\""), json);
        assertTrue(json.contains("\"lapsedOn\":\"2026-01-05\""), json);
        assertTrue(json.contains("\"reason\":\"ANNUITY_UNPAID\""), json);
    }

    @Test
    void shouldRoundTripPatentTransferred() {
        PatentTransferred transferred = new PatentTransferred("202380012345.6", PatentType.PCT_INVENTION,
                "基于深度学习的茶叶分级装置", HOLDER, "91350100M000200Y2L", LocalDate.of(2025, 9, 30));

        String json = EventJson.write(envelope(transferred));

        assertEquals(transferred, EventJson.data(EventJson.read(json), PatentTransferred.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent.transferred.v1\""), json);
        assertTrue(json.contains("\"patentType\":\"PCT_INVENTION\""), json);
        assertTrue(json.contains("\"transferredOn\":\"2025-09-30\""), json);
        assertTrue(json.contains("基于深度学习的茶叶分级装置"), "Chinese text is written as is: " + json);
    }

    @Test
    void shouldNameEachContractItsVersionedTypeAndKeyItByTheApplicationNumber() {
        assertEquals("keji.ip.patent.granted.v1", PatentGranted.TYPE);
        assertEquals("keji.ip.patent.lapsed.v1", PatentLapsed.TYPE);
        assertEquals("keji.ip.patent.transferred.v1", PatentTransferred.TYPE);
        assertEquals(NUMBER, new PatentLapsed(NUMBER, HOLDER, LocalDate.of(2026, 1, 5), LapseReason.ABANDONED)
                .aggregateId());
    }

    @Test
    void shouldTreatAnUnknownEnumValueAsPoison() {
        String json = EventJson.write(envelope(new PatentLapsed(NUMBER, HOLDER, LocalDate.of(2026, 1, 5),
                LapseReason.TERM_EXPIRED))).replace("TERM_EXPIRED", "EATEN_BY_DOG");

        assertThrows(PoisonEventException.class, () -> EventJson.data(EventJson.read(json), PatentLapsed.class));
    }

    private static CloudEvent envelope(DomainEvent data) {
        return Envelopes.of("/keji/ip-service", data, OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
    }
}

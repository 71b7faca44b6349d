package org.keji.commons.event.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.Envelopes;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.identifier.PatentType;

/** The v2 ip contracts (holders with shares) and the restoration survive the wire unchanged, shares exact. */
class IpEventV2JsonTest {

    private static final String NUMBER = "202310123456.6";
    private static final String FIRST = "91350100M000100Y43";
    private static final String SECOND = "91350100M000200Y2L";
    private static final List<PatentHolderShare> CO_HOLDERS = List.of(share(FIRST, "66.67"), share(SECOND, "33.33"));

    @Test
    void shouldRoundTripPatentGrantedV2WithCoHoldersAndExactShares() {
        PatentGrantedV2 granted = new PatentGrantedV2(NUMBER, PatentType.INVENTION, "一种锂电池极片涂布方法", CO_HOLDERS,
                LocalDate.of(2024, 6, 18), "ZL" + NUMBER);

        String json = EventJson.write(envelope(granted));

        assertEquals(granted, EventJson.data(EventJson.read(json), PatentGrantedV2.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent.granted.v2\""), json);
        assertTrue(json.contains("\"subject\":\"202310123456.6\""), json);
        assertTrue(json.contains("\"holders\":[{\"uscc\":\"91350100M000100Y43\",\"share\":\"66.67\"},"
                + "{\"uscc\":\"91350100M000200Y2L\",\"share\":\"33.33\"}]"), "shares are exact strings: " + json);
        assertTrue(json.contains("一种锂电池极片涂布方法"), json);
        assertFalse(json.contains("aggregateId"), "the key is the envelope's subject, not a data field");
    }

    @Test
    void shouldRoundTripPatentLapsedV2() {
        PatentLapsedV2 lapsed = new PatentLapsedV2(NUMBER, PatentType.INVENTION, CO_HOLDERS, LocalDate.of(2026, 1, 5),
                LapseReason.ANNUITY_UNPAID);

        String json = EventJson.write(envelope(lapsed));

        assertEquals(lapsed, EventJson.data(EventJson.read(json), PatentLapsedV2.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent.lapsed.v2\""), json);
        assertTrue(json.contains("\"reason\":\"ANNUITY_UNPAID\""), json);
    }

    @Test
    void shouldRoundTripPatentTransferredV2BetweenHolderSets() {
        PatentTransferredV2 transferred = new PatentTransferredV2("202380012345.6", PatentType.PCT_INVENTION,
                "基于深度学习的茶叶分级装置", CO_HOLDERS, List.of(share(SECOND, "100")), LocalDate.of(2025, 9, 30));

        String json = EventJson.write(envelope(transferred));

        PatentTransferredV2 read = EventJson.data(EventJson.read(json), PatentTransferredV2.class);
        assertEquals(transferred, read);
        assertEquals(new BigDecimal("100.00"), read.toHolders().get(0).share(), "shares carry two decimals");
        assertTrue(json.contains("\"type\":\"keji.ip.patent.transferred.v2\""), json);
        assertTrue(json.contains("\"toHolders\":[{\"uscc\":\"91350100M000200Y2L\",\"share\":\"100.00\"}]"), json);
    }

    @Test
    void shouldRoundTripPatentRestored() {
        PatentRestored restored = new PatentRestored(NUMBER, PatentType.UTILITY_MODEL, "一种茶叶揉捻机", CO_HOLDERS,
                LocalDate.of(2026, 2, 20));

        String json = EventJson.write(envelope(restored));

        assertEquals(restored, EventJson.data(EventJson.read(json), PatentRestored.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent.restored.v1\""), json);
        assertTrue(json.contains("\"restoredOn\":\"2026-02-20\""), json);
    }

    @Test
    void shouldNameTheNewVersionsBesideTheOldOnes() {
        assertEquals("keji.ip.patent.granted.v2", PatentGrantedV2.TYPE);
        assertEquals("keji.ip.patent.lapsed.v2", PatentLapsedV2.TYPE);
        assertEquals("keji.ip.patent.transferred.v2", PatentTransferredV2.TYPE);
        assertEquals("keji.ip.patent.restored.v1", PatentRestored.TYPE);
        assertEquals("keji.ip.patent.granted.v1", PatentGranted.TYPE);
        assertEquals(NUMBER, new PatentRestored(NUMBER, PatentType.INVENTION, "x", CO_HOLDERS, LocalDate.now())
                .aggregateId());
    }

    @Test
    void shouldReadAV1GrantAsItWasWrittenBeforeTheNewVersionsExisted() {
        String v1 = EventJson.write(envelope(new PatentGranted(NUMBER, PatentType.INVENTION, "一种锂电池极片涂布方法", FIRST,
                LocalDate.of(2024, 6, 18), "ZL" + NUMBER)));

        PatentGranted read = EventJson.data(EventJson.read(v1), PatentGranted.class);

        assertEquals(FIRST, read.holderUscc());
        assertEquals(List.of(new PatentHolderShare(FIRST, new BigDecimal("100.00"))),
                List.of(PatentHolderShare.sole(read.holderUscc())), "a v1 holder holds all of it");
    }

    /** The holders of a patent are a whole: shares add up to exactly 100.00, each holder named once. */
    @Test
    void shouldRefuseHoldersThatAreNotAWhole() {
        assertThrows(IllegalArgumentException.class, () -> PatentHolderShare.requireWhole(
                List.of(share(FIRST, "66.66"), share(SECOND, "33.33"))));
        assertThrows(IllegalArgumentException.class, () -> PatentHolderShare.requireWhole(
                List.of(share(FIRST, "50"), share(FIRST, "50"))));
        assertThrows(IllegalArgumentException.class, () -> PatentHolderShare.requireWhole(List.of()));
        assertThrows(IllegalArgumentException.class, () -> PatentHolderShare.requireWhole(null));
        assertThrows(IllegalArgumentException.class, () -> share(FIRST, "0"));
        assertThrows(IllegalArgumentException.class, () -> share(FIRST, "100.01"));
        assertThrows(IllegalArgumentException.class, () -> share(FIRST, "33.333"));
        assertThrows(IllegalArgumentException.class, () -> share("not a uscc", "100"));
        assertEquals(CO_HOLDERS, PatentHolderShare.requireWhole(CO_HOLDERS));
        assertEquals(new BigDecimal("50.00"), share(FIRST, "50.000").share(), "trailing zeros are not decimals");
    }

    @Test
    void shouldTreatAnEventWhoseSharesDoNotAddUpAsPoison() {
        String json = EventJson.write(envelope(new PatentGrantedV2(NUMBER, PatentType.INVENTION, "一种锂电池极片涂布方法",
                CO_HOLDERS, LocalDate.of(2024, 6, 18), "ZL" + NUMBER))).replace("\"33.33\"", "\"33.32\"");

        assertThrows(PoisonEventException.class, () -> EventJson.data(EventJson.read(json), PatentGrantedV2.class));
    }

    @Test
    void shouldTreatAnEventWithoutHoldersAsPoison() {
        String json = EventJson.write(envelope(new PatentRestored(NUMBER, PatentType.INVENTION, "一种锂电池极片涂布方法",
                CO_HOLDERS, LocalDate.of(2026, 2, 20)))).replaceAll("\"holders\":\\[[^\\]]*\\],", "");

        assertThrows(PoisonEventException.class, () -> EventJson.data(EventJson.read(json), PatentRestored.class));
    }

    private static PatentHolderShare share(String uscc, String percent) {
        return new PatentHolderShare(uscc, new BigDecimal(percent));
    }

    private static CloudEvent envelope(DomainEvent data) {
        return Envelopes.of("/keji/ip-service", data, OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
    }
}

package org.keji.commons.event.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.Envelopes;
import org.keji.commons.event.EventJson;
import org.keji.commons.money.Money;

/** The technology-contract contracts survive the wire unchanged, money as exact strings, keyed by tracking number. */
class TechnologyContractEventJsonTest {

    private static final String TRACKING = "IP-20261123-00000042";
    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void shouldRoundTripTheRegistrationWithExactAmounts() {
        TechnologyContractRegistered registered = new TechnologyContractRegistered(
                "0b6c9a8e-3f2d-4c1b-9e7a-5d4c3b2a1f00", TRACKING, "KJ-IP-TECH-CONTRACT", "91350100M000100Y43",
                "DEVELOPMENT", "350100", "202635010010000042", Money.of("1200000.00"), Money.of("950000.10"),
                LocalDate.of(2026, 11, 30));

        String json = EventJson.write(Envelopes.of("/keji/ip-service", registered, TIME));

        assertEquals(registered, EventJson.data(EventJson.read(json), TechnologyContractRegistered.class));
        assertTrue(json.contains("\"type\":\"keji.ip.technology-contract.registered.v1\""), json);
        assertTrue(json.contains("\"subject\":\"" + TRACKING + "\""), json);
        assertTrue(json.contains("\"registeredAmount\":\"950000.10\""), json);
        assertTrue(json.contains("\"contractAmount\":\"1200000.00\""), json);
    }

    @Test
    void shouldRoundTripTheRefusalWithEveryReason() {
        TechnologyContractRefused refused = new TechnologyContractRefused("0b6c9a8e-3f2d-4c1b-9e7a-5d4c3b2a1f01",
                TRACKING, "KJ-IP-TECH-CONTRACT", "91350100M000100Y43", "SERVICE", "350100",
                List.of("合同标的为一般设备维修，不属于技术服务", "未约定解决特定技术问题"), LocalDate.of(2026, 11, 30));

        String json = EventJson.write(Envelopes.of("/keji/ip-service", refused, TIME));

        assertEquals(refused, EventJson.data(EventJson.read(json), TechnologyContractRefused.class));
        assertEquals("keji.ip.technology-contract.refused.v1", refused.eventType());
        assertEquals(TRACKING, refused.aggregateId());
        assertTrue(json.contains("不属于技术服务"), "Chinese text is written as is: " + json);
    }
}

package org.keji.commons.event.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.Envelopes;
import org.keji.commons.event.EventJson;

/**
 * The certification lifecycle contracts survive the wire unchanged; each is keyed by the holder's USCC and names the
 * certificate it is about.
 */
class CertificationLifecycleEventJsonTest {

    private static final UUID CERTIFICATE = UUID.fromString("5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f");
    private static final String HOLDER = "91350100M000100Y43";
    private static final String NUMBER = "GR202535000123";
    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 5, 31, 12, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void shouldRoundTripEveryLifecycleEventKeyedByTheHolder() {
        List<DomainEvent> events = List.of(
                new CertificationRecheckStarted(CERTIFICATE, HOLDER, "HNTE", NUMBER, "举报研发费用归集不实",
                        LocalDate.of(2026, 3, 2)),
                new CertificationRecheckCleared(CERTIFICATE, HOLDER, "HNTE", NUMBER, LocalDate.of(2026, 4, 2),
                        "ACTIVE"),
                new CertificationRevoked(CERTIFICATE, HOLDER, "HNTE", NUMBER, "MISSING_ANNUAL_REPORTS",
                        "累计两年未填报年度发展情况报表", 2026, LocalDate.of(2026, 6, 5)),
                new CertificationExpired(CERTIFICATE, HOLDER, "HNTE", NUMBER, LocalDate.of(2028, 11, 30),
                        LocalDate.of(2028, 12, 1)),
                new AnnualReportSubmitted(CERTIFICATE, HOLDER, "HNTE", NUMBER,
                        UUID.fromString("9e8d7c6b-5a49-4837-a261-504f3e2d1c0b"), 2025, LocalDate.of(2026, 5, 31), NOON,
                        false),
                new ChangeReported(CERTIFICATE, HOLDER, "HNTE", NUMBER,
                        UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "NAME", LocalDate.of(2026, 2, 28),
                        "企业名称变更为福州市星火智能科技有限公司", LocalDate.of(2026, 5, 28), NOON, true));

        for (DomainEvent event : events) {
            String json = EventJson.write(envelope(event));

            assertEquals(event, EventJson.data(EventJson.read(json), event.getClass()), json);
            assertEquals(HOLDER, event.aggregateId());
            assertTrue(json.contains("\"subject\":\"" + HOLDER + "\""), json);
            assertTrue(json.contains("\"certificationId\":\"" + CERTIFICATE + "\""), json);
            assertTrue(json.contains("\"certificateNumber\":\"" + NUMBER + "\""), json);
            assertTrue(event.eventType().matches("keji\\.enterprise\\.certification\\.[a-z-]+\\.v1"),
                    event.eventType());
        }
    }

    @Test
    void shouldNameTheRevocationGroundAndTheClawbackYear() {
        String json = EventJson.write(envelope(new CertificationRevoked(CERTIFICATE, HOLDER, "HNTE", NUMBER, "FRAUD",
                "申报材料弄虚作假", 2025, LocalDate.of(2026, 6, 5))));

        assertTrue(json.contains("\"type\":\"keji.enterprise.certification.revoked.v1\""), json);
        assertTrue(json.contains("\"ground\":\"FRAUD\""), json);
        assertTrue(json.contains("\"clawbackFromYear\":2025"), json);
        assertTrue(json.contains("\"revokedOn\":\"2026-06-05\""), json);
    }

    private static CloudEvent envelope(DomainEvent data) {
        return Envelopes.of("/keji/enterprise-service", data, NOON);
    }
}

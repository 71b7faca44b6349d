package org.keji.commons.event.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.Envelopes;
import org.keji.commons.event.EventJson;

/**
 * The five case contracts survive the wire unchanged, keyed by the tracking number, with both due dates and their
 * provisional marks, and no person named.
 */
class CaseEventJsonTest {

    private static final String TRACKING = "ENT-20261130-00000042";
    private static final String USCC = "91350100M000100Y43";
    private static final LocalDate PROMISED = LocalDate.of(2026, 12, 28);
    private static final LocalDate LEGAL = LocalDate.of(2027, 2, 22);
    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void shouldRoundTripEveryCaseEventKeyedByTheTrackingNumber() {
        List<DomainEvent> events = List.of(
                new CaseOpened(TRACKING, "KJ-ENT-HNTE", USCC, "enterprise-service", "SUBMITTED", PROMISED, false, LEGAL,
                        true, "applicant", LocalDate.of(2026, 11, 30), 20, 60),
                new CasePaused(TRACKING, "KJ-ENT-HNTE", USCC, "enterprise-service", "CORRECTION_REQUESTED", PROMISED,
                        false, LEGAL, true, "officer", "SUBMITTED", LocalDate.of(2026, 12, 1)),
                new CaseResumed(TRACKING, "KJ-ENT-HNTE", USCC, "enterprise-service", "SUBMITTED", PROMISED, false,
                        LEGAL, true, "applicant", "CORRECTION_REQUESTED", 4),
                new CaseStatusChanged(TRACKING, "KJ-ENT-HNTE", USCC, "enterprise-service", "EXPERT_REVIEW", PROMISED,
                        false, LEGAL, true, "officer", "SUBMITTED"),
                new CaseClosed(TRACKING, "KJ-ENT-HNTE", USCC, "enterprise-service", "REFUSED", PROMISED, false, LEGAL,
                        true, "officer", "EXPERT_REVIEW", LocalDate.of(2026, 12, 10), CaseOutcome.REFUSED, 4));

        for (DomainEvent event : events) {
            String json = EventJson.write(envelope(event));

            assertEquals(event, EventJson.data(EventJson.read(json), event.getClass()), json);
            assertEquals(TRACKING, event.aggregateId());
            assertTrue(json.contains("\"subject\":\"" + TRACKING + "\""), json);
            assertTrue(json.contains("\"trackingNumber\":\"" + TRACKING + "\""), json);
            assertTrue(json.contains("\"uscc\":\"" + USCC + "\""), json);
            assertTrue(json.contains("\"promisedDueOn\":\"2026-12-28\",\"promisedDueOnProvisional\":false"), json);
            assertTrue(json.contains("\"legalDueOn\":\"2027-02-22\",\"legalDueOnProvisional\":true"), json);
            assertTrue(event.eventType().matches("keji\\.case\\.[a-z-]+\\.v1"), event.eventType());
        }
        assertEquals(List.of("keji.case.opened.v1", "keji.case.paused.v1", "keji.case.resumed.v1",
                "keji.case.status-changed.v1", "keji.case.closed.v1"),
                events.stream().map(DomainEvent::eventType).toList());
    }

    @Test
    void shouldCarryTheActorsRoleAndNoName() {
        String json = EventJson.write(envelope(new CaseClosed(TRACKING, "KJ-ENT-HNTE", USCC, "enterprise-service",
                "CERTIFIED", PROMISED, false, LEGAL, false, "officer", "PUBLICITY", LocalDate.of(2026, 12, 10),
                CaseOutcome.APPROVED, 0)));

        assertTrue(json.contains("\"actorRole\":\"officer\""), json);
        assertTrue(json.contains("\"outcome\":\"APPROVED\""), json);
        assertTrue(json.contains("\"closedOn\":\"2026-12-10\""), json);
        assertFalse(json.matches("(?s).*\"(actor|user|name|submittedBy)\".*"), json);
    }

    private static CloudEvent envelope(DomainEvent data) {
        return Envelopes.of("/keji/enterprise-service", data, NOON);
    }
}

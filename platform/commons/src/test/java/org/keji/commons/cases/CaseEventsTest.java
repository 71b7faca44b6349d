package org.keji.commons.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CaseClosed;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.cases.CasePaused;
import org.keji.commons.event.cases.CaseResumed;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Case events go through the service's own outbox in the caller's transaction, keyed by the tracking number, naming
 * the service from its application name and the actor by role only.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CaseEventsTest {

    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();

    @Inject
    CaseEvents events;

    @Inject
    TrackingNumberGenerator trackingNumbers;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldWriteEachCaseEventToTheOutboxInTheTransactionKeyedByTheTrackingNumber() throws SQLException {
        CaseReference reference = new CaseReference(trackingNumbers.next(TrackingPrefix.ENT), "KJ-ENT-HNTE",
                "91350100M000100Y43");
        CaseClock clock = CaseClock.open(LocalDate.of(2026, 9, 21), new CaseLimits(10, 20), CALENDAR);

        QuarkusTransaction.requiringNew().run(() -> events.opened(reference, clock, "SUBMITTED"));
        clock.pause(LocalDate.of(2026, 9, 29));
        QuarkusTransaction.requiringNew().run(() -> events.paused(reference, clock, "CORRECTION", "SUBMITTED"));
        clock.resume(LocalDate.of(2026, 10, 9), CALENDAR);
        QuarkusTransaction.requiringNew().run(() -> events.resumed(reference, clock, "SUBMITTED", "CORRECTION"));
        QuarkusTransaction.requiringNew().run(() -> events.statusChanged(reference, clock, "REVIEW", "SUBMITTED"));
        clock.close(LocalDate.of(2026, 10, 14), CALENDAR);
        QuarkusTransaction.requiringNew()
                .run(() -> events.closed(reference, clock, "GRANTED", "REVIEW", CaseOutcome.APPROVED));

        List<String> payloads = payloads(reference.trackingNumber());
        assertEquals(List.of(CaseOpened.TYPE, CasePaused.TYPE, CaseResumed.TYPE, CaseStatusChanged.TYPE,
                CaseClosed.TYPE), payloads.stream().map(p -> EventJson.read(p).type()).toList());
        CaseOpened opened = EventJson.data(EventJson.read(payloads.get(0)), CaseOpened.class);
        assertEquals(new CaseOpened(reference.trackingNumber(), "KJ-ENT-HNTE", "91350100M000100Y43", "commons-test",
                "SUBMITTED", LocalDate.of(2026, 10, 12), false, LocalDate.of(2026, 10, 26), false, CaseEvents.SYSTEM,
                LocalDate.of(2026, 9, 21), 10, 20), opened);
        assertEquals(LocalDate.of(2026, 9, 29),
                EventJson.data(EventJson.read(payloads.get(1)), CasePaused.class).pausedOn());
        CaseResumed resumed = EventJson.data(EventJson.read(payloads.get(2)), CaseResumed.class);
        assertEquals(3, resumed.pausedWorkingDays());
        assertEquals(LocalDate.of(2026, 10, 15), resumed.promisedDueOn());
        assertEquals(LocalDate.of(2026, 10, 29), resumed.legalDueOn());
        CaseClosed closed = EventJson.data(EventJson.read(payloads.get(4)), CaseClosed.class);
        assertEquals(LocalDate.of(2026, 10, 14), closed.closedOn());
        assertEquals(CaseOutcome.APPROVED, closed.outcome());
        assertEquals("REVIEW", closed.previousStatus());
    }

    @Test
    void shouldAnnounceEachRecountedCaseWhoseDatesChangedAndCountThem() throws SQLException {
        WorkingDayCalendar upTo2026 = new WorkingDayCalendar(List.of(), List.of(2026));
        // Mon 21 Dec 2026: both due dates reach into 2027, counted Monday to Friday
        Recounted reaching2027 = new Recounted(new CaseReference(trackingNumbers.next(TrackingPrefix.ENT),
                "KJ-ENT-HNTE", "91350100M000100Y43"),
                CaseClock.open(LocalDate.of(2026, 12, 21), new CaseLimits(10, 20), upTo2026), Recounted.Status.REVIEW);
        Recounted within2026 = new Recounted(new CaseReference(trackingNumbers.next(TrackingPrefix.ENT),
                "KJ-ENT-HNTE", "91350100M000100Y43"),
                CaseClock.open(LocalDate.of(2026, 9, 21), new CaseLimits(10, 20), upTo2026), Recounted.Status.REVIEW);
        assertEquals(LocalDate.of(2027, 1, 4), reaching2027.clock().promisedDueOn());
        WorkingDayCalendar with2027 = new WorkingDayCalendar(
                List.of(new CalendarEntry(LocalDate.of(2027, 1, 1), CalendarEntry.Kind.HOLIDAY, "元旦")),
                List.of(2026, 2027));

        int changed = QuarkusTransaction.requiringNew()
                .call(() -> events.recounted(List.of(within2026, reaching2027), with2027));

        assertEquals(1, changed);
        assertEquals(List.of(), payloads(within2026.reference().trackingNumber()));
        List<String> payloads = payloads(reaching2027.reference().trackingNumber());
        assertEquals(1, payloads.size());
        assertEquals(new CaseStatusChanged(reaching2027.reference().trackingNumber(), "KJ-ENT-HNTE",
                "91350100M000100Y43", "commons-test", "REVIEW", LocalDate.of(2027, 1, 5), false,
                LocalDate.of(2027, 1, 19), false, CaseEvents.SYSTEM, "REVIEW"),
                EventJson.data(EventJson.read(payloads.get(0)), CaseStatusChanged.class));
    }

    @Test
    void shouldRefuseToPublishOutsideATransaction() {
        CaseReference reference = new CaseReference("ENT-20261130-00000001", "KJ-ENT-HNTE", "91350100M000100Y43");
        CaseClock clock = CaseClock.open(LocalDate.of(2026, 9, 21), new CaseLimits(10, 20), CALENDAR);

        assertThrows(IllegalStateException.class, () -> events.opened(reference, clock, "SUBMITTED"));
    }

    @Test
    void shouldNameTheActorByItsWidestRole() {
        assertEquals(Roles.ADMIN, CaseEvents.actorRole(Set.of(Roles.APPLICANT, Roles.ADMIN)::contains));
        assertEquals(Roles.OFFICER, CaseEvents.actorRole(Set.of(Roles.EXPERT, Roles.OFFICER)::contains));
        assertEquals(Roles.INTEGRATION, CaseEvents.actorRole(Set.of(Roles.INTEGRATION, Roles.BANK)::contains));
        assertEquals(Roles.EXPERT, CaseEvents.actorRole(Set.of(Roles.EXPERT, Roles.APPLICANT)::contains));
        assertEquals(Roles.BANK, CaseEvents.actorRole(Set.of(Roles.BANK, Roles.APPLICANT)::contains));
        assertEquals(Roles.APPLICANT, CaseEvents.actorRole(Set.of(Roles.APPLICANT)::contains));
        assertEquals(CaseEvents.SYSTEM, CaseEvents.actorRole(Set.of("auditor")::contains));
    }

    private List<String> payloads(String key) throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT payload FROM outbox_event WHERE message_key = ? AND topic = 'keji.enterprise.v1' "
                                + "ORDER BY seq")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        return payloads;
    }

    /** A service's case as the recount sees it. */
    record Recounted(CaseReference reference, CaseClock clock, Status status) implements OpenCase {

        enum Status {
            REVIEW
        }
    }
}

package org.keji.enterprise.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.keji.commons.calendar.CalendarYears;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.commons.inbox.Inbox;

import io.smallrye.common.annotation.Blocking;

/**
 * Consumes {@code keji.case.v1}: a published calendar year replaces that year in this service's working-day calendar
 * ({@link CalendarObserver} then recomputes the provisional due dates). Each event applies at most once; the case
 * events of the suite's services pass by as unknown types; a notice that cannot be a calendar is poison and goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CONSUMER = "enterprise-service.calendar";

    private final Inbox inbox;
    private final CalendarYears calendarYears;

    public CaseEventConsumer(Inbox inbox, CalendarYears calendarYears) {
        this.inbox = inbox;
        this.calendarYears = calendarYears;
    }

    @Incoming("case-events")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.receive(CONSUMER, message).ifPresent(event -> {
            switch (event.type()) {
                case CalendarYearPublished.TYPE -> calendarYears.apply(event);
                default -> inbox.skipUnknown(CONSUMER, event);
            }
        });
    }
}

package org.keji.commons.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;

import io.smallrye.common.annotation.Blocking;

/**
 * Every service consumes {@code keji.case.v1} (channel {@code calendar-events}, configured by the platform; each service
 * names its dead-letter topic): a published calendar year replaces that year in the service's working-day calendar,
 * and {@link CalendarYearLoaded} lets it recompute its provisional due dates. Each event applies at most once; the
 * other case events pass by as unknown types; a notice that cannot be a calendar is poison and goes to the dead-letter
 * topic.
 */
@ApplicationScoped
public class CalendarEventConsumer {

    private final Inbox inbox;
    private final CalendarYears calendarYears;
    private final String consumer;

    public CalendarEventConsumer(Inbox inbox, CalendarYears calendarYears,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.inbox = inbox;
        this.calendarYears = calendarYears;
        this.consumer = consumerName(application);
    }

    /** The consumer's name in {@code inbox_event}, e.g. {@code enterprise-service.calendar}. */
    public static String consumerName(String application) {
        return application + ".calendar";
    }

    @Incoming("calendar-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.receive(consumer, message).ifPresent(event -> {
            switch (event.type()) {
                case CalendarYearPublished.TYPE -> calendarYears.apply(event);
                default -> inbox.skipUnknown(consumer, event);
            }
        });
    }
}

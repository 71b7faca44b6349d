package org.keji.commons.testapp;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.keji.commons.calendar.CalendarYearLoaded;
import org.keji.commons.calendar.WorkingCalendars;

/** Observes loaded calendar years the way a service that recomputes its due dates does, and notes what it saw. */
@ApplicationScoped
public class CalendarYearsSeen {

    /** A year announced, and whether the current calendar covered it when the announcement arrived. */
    public record Seen(int year, boolean coveredWhenAnnounced) {
    }

    private final WorkingCalendars calendars;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public CalendarYearsSeen(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    void on(@Observes CalendarYearLoaded loaded) {
        seen.add(new Seen(loaded.year(), calendars.current().covers(LocalDate.of(loaded.year(), 7, 1))));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }
}

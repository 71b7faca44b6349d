package org.keji.commons.event.cases;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.calendar.CalendarEntry;
import org.keji.commons.event.DomainEvent;

/**
 * The bureau loaded a year's working-day calendar from the State Council's notice (国务院办公厅关于YYYY年部分节假日安排的通知):
 * every service that counts working days replaces that year in its {@code working_calendar_*} tables and recomputes
 * the provisional due dates of its open cases. Produced by the case-service (to come), topic {@value #TOPIC}, key = the
 * year.
 *
 * @param year the year the notice is for
 * @param source the notice: title and document number, e.g. {@code 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）}
 * @param publishedOn the day the notice was issued, if known
 * @param days every holiday (weekend days inside a holiday included) and adjusted working weekend of the notice; may
 *        start in December of the year before (a New Year holiday from 31 December); days not listed follow the plain
 *        week
 */
public record CalendarYearPublished(
        int year,
        String source,
        LocalDate publishedOn,
        List<Day> days) implements DomainEvent {

    public static final String TYPE = "keji.case.calendar-year-published.v1";
    public static final String TOPIC = "keji.case.v1";

    /**
     * @param date the day
     * @param kind {@code HOLIDAY} (放假) or {@code WORKDAY} (调休上班, a Saturday or Sunday)
     * @param name the holiday it belongs to, e.g. {@code 春节} or {@code 春节调休上班}
     */
    public record Day(LocalDate date, CalendarEntry.Kind kind, String name) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return String.valueOf(year);
    }
}

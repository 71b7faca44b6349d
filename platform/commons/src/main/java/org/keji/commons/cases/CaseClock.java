package org.keji.commons.cases;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.keji.commons.calendar.WorkingDayCalendar;

/**
 * The clock of a case (办件): submitted on a day, due within a promised and a legal limit in working days, paused while
 * a correction is awaited (补正) — both due dates move by the paused working days — and closed on the day of the
 * decision. {@link #workingDaysLeft} and {@link #overdue} are derived as of a day, never stored.
 * <p>
 * A due date is <em>provisional</em> when it, or any day counted to reach it, lies in a year the calendar has no data
 * for ({@link WorkingDayCalendar#covers}): such days are counted Monday to Friday. {@link #recompute} counts again from
 * the submission once the year is loaded.
 * <p>
 * Embedded in each service's case entity ({@code @Embedded CaseClock clock}); its table needs these columns:
 *
 * <pre>
 * submitted_on                 date     NOT NULL
 * promised_limit               integer  NOT NULL  -- working days
 * legal_limit                  integer  NOT NULL  -- working days, at least promised_limit
 * promised_due_on              date     NOT NULL
 * legal_due_on                 date     NOT NULL
 * promised_due_on_provisional  boolean  NOT NULL
 * legal_due_on_provisional     boolean  NOT NULL
 * paused_since                 date               -- set while paused
 * paused_working_days          integer  NOT NULL  -- all pauses so far
 * closed_on                    date               -- set once closed
 * </pre>
 *
 * Illegal moves (pausing twice, resuming a running clock, anything after the close) throw
 * {@link IllegalStateException}: the service's own state machine refuses them first, with its 409.
 */
@Embeddable
public class CaseClock {

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "promised_limit", nullable = false)
    private int promisedLimit;

    @Column(name = "legal_limit", nullable = false)
    private int legalLimit;

    @Column(name = "promised_due_on", nullable = false)
    private LocalDate promisedDueOn;

    @Column(name = "legal_due_on", nullable = false)
    private LocalDate legalDueOn;

    @Column(name = "promised_due_on_provisional", nullable = false)
    private boolean promisedDueOnProvisional;

    @Column(name = "legal_due_on_provisional", nullable = false)
    private boolean legalDueOnProvisional;

    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @Column(name = "paused_working_days", nullable = false)
    private int pausedWorkingDays;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected CaseClock() {
    }

    /** A clock started {@code today}: both due dates counted from the day after. */
    public static CaseClock open(LocalDate today, CaseLimits limits, WorkingDayCalendar calendar) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        CaseClock clock = new CaseClock();
        clock.submittedOn = today;
        clock.promisedLimit = limits.promisedWorkingDays();
        clock.legalLimit = limits.legalWorkingDays();
        clock.recount(calendar);
        return clock;
    }

    /** A correction is awaited from {@code today}: the clock stands still. */
    public void pause(LocalDate today) {
        requireOpen("pause");
        if (pausedSince != null) {
            throw new IllegalStateException("the case clock is already paused since " + pausedSince);
        }
        requireNotBefore(today, submittedOn, "pause");
        pausedSince = today;
    }

    /**
     * The correction arrived {@code today}: the working days after the pause began, up to and including today, are added
     * to the pause, and both due dates move by them.
     *
     * @return the working days of this pause
     */
    public int resume(LocalDate today, WorkingDayCalendar calendar) {
        requireOpen("resume");
        if (pausedSince == null) {
            throw new IllegalStateException("the case clock is not paused");
        }
        int paused = endPause(today, calendar);
        recount(calendar);
        return paused;
    }

    /** The case is decided or withdrawn {@code today}; a pause still running ends today and is counted. */
    public void close(LocalDate today, WorkingDayCalendar calendar) {
        requireOpen("close");
        requireNotBefore(today, submittedOn, "close");
        if (pausedSince != null) {
            endPause(today, calendar);
            recount(calendar);
        }
        closedOn = today;
    }

    /**
     * Counts both due dates again from the submission, the limits and the paused working days, e.g. after the calendar
     * of a year they reach was loaded.
     *
     * @return whether a due date or its provisional mark changed
     */
    public boolean recompute(WorkingDayCalendar calendar) {
        requireOpen("recompute");
        LocalDate promised = promisedDueOn;
        LocalDate legal = legalDueOn;
        boolean promisedProvisional = promisedDueOnProvisional;
        boolean legalProvisional = legalDueOnProvisional;
        recount(calendar);
        return !promised.equals(promisedDueOn) || !legal.equals(legalDueOn)
                || promisedProvisional != promisedDueOnProvisional || legalProvisional != legalDueOnProvisional;
    }

    /**
     * Working days left to the promised due date as of {@code asOf}: frozen at the pause while paused, negative when
     * overdue, null once closed.
     */
    public Integer workingDaysLeft(LocalDate asOf, WorkingDayCalendar calendar) {
        if (closed()) {
            return null;
        }
        LocalDate from = standing(asOf);
        return from.isAfter(promisedDueOn) ? -calendar.workingDaysBetween(promisedDueOn, from)
                : calendar.workingDaysBetween(from, promisedDueOn);
    }

    /**
     * Whether the promised due date is missed as of {@code asOf}: the clock stood after it (at the pause, while paused),
     * or the case closed after it.
     */
    public boolean overdue(LocalDate asOf) {
        LocalDate last = closed() ? closedOn : standing(asOf);
        return last.isAfter(promisedDueOn);
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public boolean closed() {
        return closedOn != null;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public int promisedLimit() {
        return promisedLimit;
    }

    public int legalLimit() {
        return legalLimit;
    }

    public LocalDate promisedDueOn() {
        return promisedDueOn;
    }

    public LocalDate legalDueOn() {
        return legalDueOn;
    }

    public boolean promisedDueOnProvisional() {
        return promisedDueOnProvisional;
    }

    public boolean legalDueOnProvisional() {
        return legalDueOnProvisional;
    }

    public LocalDate pausedSince() {
        return pausedSince;
    }

    public int pausedWorkingDays() {
        return pausedWorkingDays;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** The day the clock stands at: the pause's first day while paused, else {@code asOf}. */
    private LocalDate standing(LocalDate asOf) {
        return pausedSince != null ? pausedSince : Objects.requireNonNull(asOf, "asOf");
    }

    private int endPause(LocalDate today, WorkingDayCalendar calendar) {
        requireNotBefore(today, pausedSince, "resume");
        int paused = calendar.workingDaysBetween(pausedSince, today);
        pausedWorkingDays += paused;
        pausedSince = null;
        return paused;
    }

    // addWorkingDays(s, a + b) == addWorkingDays(addWorkingDays(s, a), b): counting from the submission is the same as
    // moving the dates by each pause, and it takes a newly loaded year into account
    private void recount(WorkingDayCalendar calendar) {
        promisedDueOn = calendar.addWorkingDays(submittedOn, promisedLimit + pausedWorkingDays);
        legalDueOn = calendar.addWorkingDays(submittedOn, legalLimit + pausedWorkingDays);
        promisedDueOnProvisional = provisional(promisedDueOn, calendar);
        legalDueOnProvisional = provisional(legalDueOn, calendar);
    }

    /** Whether a year from the first counted day to the due date has no calendar data. */
    private boolean provisional(LocalDate dueOn, WorkingDayCalendar calendar) {
        LocalDate first = dueOn.isAfter(submittedOn) ? submittedOn.plusDays(1) : dueOn;
        for (int year = first.getYear(); year <= dueOn.getYear(); year++) {
            if (!calendar.covers(LocalDate.of(year, 1, 1))) {
                return true;
            }
        }
        return false;
    }

    private void requireOpen(String move) {
        if (closedOn != null) {
            throw new IllegalStateException("cannot " + move + " a case clock closed on " + closedOn);
        }
    }

    private static void requireNotBefore(LocalDate day, LocalDate start, String move) {
        if (day.isBefore(start)) {
            throw new IllegalArgumentException("cannot " + move + " on " + day + ", before " + start);
        }
    }
}

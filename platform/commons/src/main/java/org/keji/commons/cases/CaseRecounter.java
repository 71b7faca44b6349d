package org.keji.commons.cases;

/**
 * A service's recount of one type of case once a working-day calendar year is loaded: implemented by the case's
 * service bean, called by {@link CaseRecounts} for every such bean of the service.
 */
public interface CaseRecounter {

    /**
     * Counts the due dates of the open cases whose dates are provisional in {@code year} again, in one transaction (the
     * cases locked), and publishes {@code keji.case.status-changed.v1} for each whose dates changed
     * ({@link CaseEvents#recounted}).
     *
     * @return how many cases changed
     */
    int recomputeDueDates(int year);

    /** What the cases are called in the log line of a recount, e.g. {@code "open project applications"}. */
    String recountedCases();
}

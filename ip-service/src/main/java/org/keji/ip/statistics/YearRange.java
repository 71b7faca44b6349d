package org.keji.ip.statistics;

import java.util.ArrayList;
import java.util.List;

import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;

/**
 * The years a figure counts, first to last inclusive: {@code year} alone, or {@code fromYear} to {@code toYear}, at most
 * {@value #MAX_YEARS} years.
 */
record YearRange(int from, int to) {

    static final int MAX_YEARS = 30;

    /**
     * The range of the parameters; {@code fallback} (one year) when none is given.
     *
     * @throws InvalidRequestException {@code VALIDATION_FAILED} naming the field: {@code year} with a range,
     *         {@code toYear} before {@code fromYear} or more than {@value #MAX_YEARS} years after it, one end only
     */
    static YearRange of(Integer year, Integer fromYear, Integer toYear, int fallback) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (year != null && (fromYear != null || toYear != null)) {
            violations.add(new Problem.Violation("year", "give either year or fromYear and toYear", year.toString()));
        } else if (fromYear == null ^ toYear == null) {
            violations.add(new Problem.Violation(fromYear == null ? "fromYear" : "toYear",
                    "give both fromYear and toYear", null));
        } else if (fromYear != null && (toYear < fromYear || toYear - fromYear >= MAX_YEARS)) {
            violations.add(new Problem.Violation("toYear", "must be from fromYear to " + (MAX_YEARS - 1)
                    + " years after it", toYear.toString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        if (year != null) {
            return new YearRange(year, year);
        }
        return fromYear != null ? new YearRange(fromYear, toYear) : new YearRange(fallback, fallback);
    }
}

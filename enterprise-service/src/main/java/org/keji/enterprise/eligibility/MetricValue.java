package org.keji.enterprise.eligibility;

/**
 * A metric as computed for one evaluation: a value, or the reason there is none.
 *
 * @param value the exact value; null unless {@link #known()}
 * @param missing data needed for it is not held (e.g. no figures for a year)
 * @param note what was used or what is missing, for the officer reading the result
 */
public record MetricValue(Ratio value, boolean missing, String note) {

    public static MetricValue of(Ratio value, String note) {
        return new MetricValue(value, false, note);
    }

    public static MetricValue missing(String note) {
        return new MetricValue(null, true, note);
    }

    /** Data is there but the figure has no meaning (e.g. a ratio to zero sales); a rule on it is not met. */
    public static MetricValue notComputable(String note) {
        return new MetricValue(null, false, note);
    }

    public boolean known() {
        return value != null;
    }
}

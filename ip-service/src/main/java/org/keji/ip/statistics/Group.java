package org.keji.ip.statistics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of an aggregate statement: the group's values by dimension (null for a dimension not grouped by), whether it
 * is a total over the groups, and its measures in the order the statement selects them.
 */
record Group(Map<Dimension, Object> values, boolean total, Object[] measures) {

    String string(Dimension dimension) {
        Object value = values.get(dimension);
        return value == null ? null : value.toString();
    }

    Integer integer(Dimension dimension) {
        Object value = values.get(dimension);
        return value == null ? null : ((Number) value).intValue();
    }

    long count(int measure) {
        Object value = measures[measure];
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** An exact sum of a numeric(18,2) column, 0.00 over no row. */
    BigDecimal amount(int measure) {
        Object value = measures[measure];
        return value == null ? new BigDecimal("0.00") : new BigDecimal(value.toString()).setScale(2);
    }

    /** The group of {@code dimension} at the county level is null for a city's or province's own code: no row. */
    boolean isRowOutsideEveryGroup() {
        return !total && values.containsKey(Dimension.REGION) && values.get(Dimension.REGION) == null;
    }
}

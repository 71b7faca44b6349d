package org.keji.ip.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keji.commons.security.RegionReach;

/**
 * The WHERE clause of one branch of a statement, from fixed conditions over a table alias; the values are bound by
 * name in a map the branches of one statement share (a parameter named twice holds the same value).
 */
final class Conditions {

    private final String alias;
    private final Map<String, Object> parameters;
    private final List<String> conditions = new ArrayList<>();

    Conditions(String alias, Map<String, Object> parameters) {
        this.alias = alias;
        this.parameters = parameters;
    }

    /** A condition on {@code column} of the table, e.g. {@code ("year", ">= :from")}, with no parameter or bound ones. */
    Conditions add(String column, String condition) {
        conditions.add(alias + "." + column + " " + condition);
        return this;
    }

    /** A condition over several columns, written with the table's alias. */
    Conditions condition(String sql) {
        conditions.add(sql);
        return this;
    }

    Conditions add(String column, String condition, String parameter, Object value) {
        parameters.put(parameter, value);
        return add(column, condition);
    }

    /** Equal to {@code value}, unless null. */
    Conditions equal(String column, String parameter, Object value) {
        return value == null ? this : add(column, "= :" + parameter, parameter, value);
    }

    /**
     * The table's {@code region} column under {@code prefix} (2, 4 or 6 digits; null for all) and within the caller's
     * {@code reach} (an officer's; null or everywhere for all). The reach is part of the statement, never a check after
     * it.
     */
    Conditions regions(String prefix, RegionReach reach) {
        if (prefix != null) {
            add("region", "LIKE :regionPrefix", "regionPrefix", prefix + "%");
        }
        if (reach != null && !reach.everywhere()) {
            add("region", "LIKE :reach", "reach", reach.parameterValue());
        }
        return this;
    }

    /** {@code column} (an integer year) from {@code years.from()} to {@code years.to()}. */
    Conditions years(String column, YearRange years) {
        parameters.put("toYear", years.to());
        return add(column, "BETWEEN :fromYear AND :toYear", "fromYear", years.from());
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}

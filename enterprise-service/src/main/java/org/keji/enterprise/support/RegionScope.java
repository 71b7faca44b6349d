package org.keji.enterprise.support;

import java.util.Objects;

/**
 * A region filter over six-digit GB/T 2260 codes: a province by its 2 leading digits ({@code 35}), a city by its 4
 * ({@code 3501}), each with everything below it, or one code exactly ({@code 350102}). A six-digit code never
 * includes the codes below it: {@code 350100} is the city's own code only; ask for {@code 3501} to include its
 * counties.
 */
public record RegionScope(String code) {

    /** What a region filter accepts: 2, 4 or 6 digits. */
    public static final String PATTERN = "\\d{2}|\\d{4}|\\d{6}";

    public RegionScope {
        Objects.requireNonNull(code, "code");
        if (!code.matches(PATTERN)) {
            throw new IllegalArgumentException("not a province, city or county code: " + code);
        }
    }

    /** The scope of {@code code}, or null when there is none. */
    public static RegionScope of(String code) {
        return code == null ? null : new RegionScope(code);
    }

    /**
     * The SQL condition on {@code column} with one named parameter; an index with {@code varchar_pattern_ops} serves
     * the prefix whatever the database's collation.
     */
    public String condition(String column, String parameter) {
        return code.length() == 6 ? column + " = :" + parameter : column + " LIKE :" + parameter;
    }

    /** The value to bind to the parameter of {@link #condition}; digits only, so nothing needs escaping. */
    public String parameterValue() {
        return code.length() == 6 ? code : code + "%";
    }
}

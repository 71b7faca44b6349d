package org.keji.ip.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The level at which a {@code region} grouping counts, over six-digit GB/T 2260 codes: a row per province (the first 2
 * digits), per city (4) or per county (all 6). A group is named by its six-digit code ({@code 350000}, {@code 350100},
 * {@code 350102}), the code its population figure is recorded under.
 */
@Schema(name = "RegionLevel", type = SchemaType.STRING, enumeration = { "province", "city",
        "county" }, description = "Level of a region grouping: `province` (2-digit prefix, row 350000), `city` (4-digit prefix, row "
                + "350100), `county` (the six-digit code itself)")
public enum RegionLevel {

    PROVINCE(2),
    CITY(4),
    COUNTY(6);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** The value of a parameter naming this level, as echoed in responses. */
    @JsonValue
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level a {@code regionLevel} parameter names; {@code fallback} when absent. */
    static RegionLevel parse(String value, String parameter, RegionLevel fallback) {
        if (value == null) {
            return fallback;
        }
        return Arrays.stream(values()).filter(l -> l.parameter().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("VALIDATION_FAILED", List.of(
                        new Problem.Violation(parameter, "must be one of province, city, county", value))));
    }

    /** The level just below a prefix of {@code digits} digits (0 = the whole country): cities of a province, … */
    static RegionLevel below(int digits) {
        return digits == 0 ? PROVINCE : digits == 2 ? CITY : COUNTY;
    }

    int digits() {
        return digits;
    }

    /**
     * The SQL expression naming the group of {@code column} (a six-digit code) at this level, padded to six digits. At the
     * county level a code ending in {@code 00} (a city's or province's own code) is no county: its group is null, so it
     * counts in the totals but in no row.
     */
    String expression(String column) {
        return switch (this) {
            case PROVINCE -> "left(" + column + ", 2) || '0000'";
            case CITY -> "left(" + column + ", 4) || '00'";
            case COUNTY -> "CASE WHEN " + column + " NOT LIKE '%00' THEN " + column + " END";
        };
    }
}

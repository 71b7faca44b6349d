package org.keji.ip.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters every grouped figure shares, bound with {@code @BeanParam} and documented once: the years, the region
 * filter and the level of a region grouping.
 */
public class StatisticsParams {

    @QueryParam("year")
    @Parameter(description = "One year; default this year (Asia/Shanghai). Not with fromYear/toYear", example = "2025")
    @Min(1985)
    @Max(2200)
    Integer year;

    @QueryParam("fromYear")
    @Parameter(description = "First year of a range (with toYear, at most " + YearRange.MAX_YEARS + " years)", example = "2021")
    @Min(1985)
    @Max(2200)
    Integer fromYear;

    @QueryParam("toYear")
    @Parameter(description = "Last year of a range (with fromYear)", example = "2025")
    @Min(1985)
    @Max(2200)
    Integer toYear;

    @QueryParam("region")
    @Parameter(description = "Only records whose six-digit region starts with this: 2 digits for a province, 4 for a "
            + "city, 6 for one code. An officer always counts within its own region; asking for a wider one (or none) "
            + "counts its own.", example = "35")
    @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}")
    String region;

    @QueryParam("regionLevel")
    @Parameter(description = "The level of `groupBy=region`: `province` (rows 350000), `city` (350100), `county` (the "
            + "code itself; a city's own code such as 350100 is no county and counts in the total row only). Default: "
            + "one level below `region` (province when none).", schema = @Schema(implementation = RegionLevel.class))
    String regionLevel;

    public StatisticsParams() {
    }

    /** The years asked for; {@code thisYear} when none. */
    YearRange years(int thisYear) {
        return YearRange.of(year, fromYear, toYear, thisYear);
    }

    String region() {
        return region;
    }

    String regionLevel() {
        return regionLevel;
    }
}

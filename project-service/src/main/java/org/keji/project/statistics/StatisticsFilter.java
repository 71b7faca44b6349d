package org.keji.project.statistics;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;

/**
 * The filters of the project statistics, bound with {@code @BeanParam} and documented once. Each is optional; all
 * given must hold. An officer's own region applies on top of them, inside the statement.
 */
public class StatisticsFilter {

    @QueryParam("year")
    @Parameter(description = "Only calls of this year (the call's year, 年度)", example = "2026")
    @Min(2000)
    @Max(2100)
    Integer year;

    @QueryParam("batch")
    @Parameter(description = "Only calls of this batch number (批次)", example = "1")
    @Min(1)
    @Max(99)
    Integer batch;

    @QueryParam("callId")
    @Parameter(description = "Only projects of this call")
    UUID callId;

    @QueryParam("level")
    @Parameter(description = "Only calls of this level")
    CallLevel level;

    @QueryParam("category")
    @Parameter(description = "Only calls of this category")
    CallCategory category;

    @QueryParam("region")
    @Parameter(description = "Only projects whose undertaker's six-digit region starts with this: 2 digits for a "
            + "province, 4 for a city, 6 for one code. An officer always counts within its own region as well.", example = "3501")
    @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}")
    String region;

    public StatisticsFilter() {
    }

    public StatisticsFilter(Integer year, Integer batch, UUID callId, CallLevel level, CallCategory category,
            String region) {
        this.year = year;
        this.batch = batch;
        this.callId = callId;
        this.level = level;
        this.category = category;
        this.region = region;
    }

    public Integer year() {
        return year;
    }

    public Integer batch() {
        return batch;
    }

    public UUID callId() {
        return callId;
    }

    public CallLevel level() {
        return level;
    }

    public CallCategory category() {
        return category;
    }

    public String region() {
        return region;
    }
}

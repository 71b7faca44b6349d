package org.keji.enterprise.statistics.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.statistics.StatisticsDimension;

@Schema(name = "CertifiedEnterprises", description = "Enterprises holding a certificate valid on a day (ACTIVE or UNDER_RECHECK, validFrom ≤ asOf ≤ validTo), counted by group")
public record CertifiedEnterprises(
        @Schema(title = "统计日期", description = "The day counted", example = "2026-06-30") LocalDate asOf,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `type`)", example = "[\"type\", \"region\"]") List<StatisticsDimension> groupBy,
        @Schema(title = "明细", description = "One row per group holding at least one enterprise, ordered by the groupBy values in turn (types by code, levels from NATIONAL down, regions by code, years ascending)") List<CertifiedEnterprisesRow> rows,
        @Schema(title = "去重企业总数", description = "Distinct enterprises over all rows: an enterprise in several groups counts once, so this may be less than the sum of the rows", example = "342", minimum = "0") long total) {
}

package org.keji.enterprise.statistics.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.statistics.StatisticsDimension;

@Schema(name = "ExpiringCertifications", description = "Certificates valid on asOf (ACTIVE or UNDER_RECHECK) whose last day falls between asOf and asOf + withinDays, both included, counted by group. `GET /api/v1/certifications?validOn={asOf}&expiringWithinDays={withinDays}` lists the same certificates.")
public record ExpiringCertifications(
        @Schema(title = "统计日期", description = "First day of the window; the certificates are valid on it", example = "2026-06-30") LocalDate asOf,
        @Schema(title = "天数", description = "Length of the window in days", example = "90", minimum = "1", maximum = "3650") int withinDays,
        @Schema(title = "截至日期", description = "Last day of the window: asOf + withinDays", example = "2026-09-28") LocalDate until,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `type`)", example = "[\"type\"]") List<StatisticsDimension> groupBy,
        @Schema(title = "明细", description = "One row per group holding at least one certificate, ordered by the groupBy values in turn") List<ExpiringCertificationsRow> rows,
        @Schema(title = "证书总数", description = "Certificates over all rows (the sum of their counts)", example = "37", minimum = "0") long total) {
}

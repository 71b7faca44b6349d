package org.keji.enterprise.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.statistics.StatisticsDimension;

@Schema(name = "NewCertifications", description = "Certificates whose validity starts in a year (new certifications, 新认定), unless revoked since, counted by group and by origin")
public record NewCertifications(
        @Schema(title = "统计年度", description = "The year counted", example = "2026") int year,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `type`)", example = "[\"type\"]") List<StatisticsDimension> groupBy,
        @Schema(title = "明细", description = "One row per group holding at least one certificate, ordered by the groupBy values in turn") List<NewCertificationsRow> rows,
        @Schema(title = "证书总数", description = "Certificates over all rows (the sum of their counts)", example = "212", minimum = "0") long total,
        @Schema(title = "本系统认定总数", description = "Of `total`, origin GRANTED", example = "150", minimum = "0") long granted,
        @Schema(title = "补录总数", description = "Of `total`, origin IMPORTED", example = "62", minimum = "0") long imported) {
}

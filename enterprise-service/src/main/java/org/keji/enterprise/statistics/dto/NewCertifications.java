package org.keji.enterprise.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.statistics.StatisticsDimension;

@Schema(name = "NewCertifications", description = "Certificates whose validity starts in a year (new certifications, 新认定), unless revoked since, counted by group and by origin")
public record NewCertifications(
        @Schema(description = "The year counted", example = "2026") int year,
        @Schema(description = "The groupings of the rows, in the order asked for (default `type`)", example = "[\"type\"]") List<StatisticsDimension> groupBy,
        @Schema(description = "One row per group holding at least one certificate, ordered by the groupBy values in turn") List<NewCertificationsRow> rows,
        @Schema(description = "Certificates over all rows (the sum of their counts)", example = "212", minimum = "0") long total,
        @Schema(description = "Of `total`, origin GRANTED", example = "150", minimum = "0") long granted,
        @Schema(description = "Of `total`, origin IMPORTED", example = "62", minimum = "0") long imported) {
}

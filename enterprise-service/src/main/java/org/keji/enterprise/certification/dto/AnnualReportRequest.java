package org.keji.enterprise.certification.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnualReportRequest", description = "Files the annual report (年度发展情况报表) on one year. Nothing else is "
        + "asked: the report is made of the yearly figures of that year the bureau already holds.")
public record AnnualReportRequest(
        @Schema(description = "The year reported on; its report is due by 31 May of the next year", example = "2025", required = true) @NotNull @Min(1990) @Max(9999) Integer year) {
}

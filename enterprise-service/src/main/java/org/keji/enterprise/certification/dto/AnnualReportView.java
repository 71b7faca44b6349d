package org.keji.enterprise.certification.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.AnnualReport;

@Schema(name = "AnnualReport", description = "The annual report (年度发展情况报表) of a certificate on one year")
public record AnnualReportView(
        @Schema(title = "标识", description = "Identifier", example = "9e8d7c6b-5a49-4837-a261-504f3e2d1c0b") UUID id,
        @Schema(title = "证书标识", description = "The certificate", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") UUID certificationId,
        @Schema(title = "统一社会信用代码", description = "Holder's unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "报告年度", description = "The year reported on", example = "2025") int year,
        @Schema(title = "应报日期", description = "Due date: 31 May of the next year", example = "2026-05-31") LocalDate dueOn,
        @Schema(title = "提交时间", description = "When it was filed") OffsetDateTime submittedAt,
        @Schema(title = "逾期填报", description = "Filed after the due date (逾期填报), by the date in Asia/Shanghai", example = "false") boolean late,
        @Schema(title = "填报人", description = "Who filed it (token subject)", example = "applicant-91350100M000100Y43") String submittedBy,
        @Schema(title = "经营数据版本", description = "Version of the yearly figures it was made of", example = "0") long figuresVersion,
        @Schema(title = "经营数据", description = "The yearly figures of the year, as they were when filed") ReportedFigures figures) {

    public static AnnualReportView of(AnnualReport report, ReportedFigures figures) {
        return new AnnualReportView(report.id(), report.certificationId(), report.uscc(), report.year(),
                report.dueOn(), report.submittedAt(), report.late(), report.submittedBy(), report.figuresVersion(),
                figures);
    }
}

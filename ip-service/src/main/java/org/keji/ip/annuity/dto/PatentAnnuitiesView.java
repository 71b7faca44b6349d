package org.keji.ip.annuity.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatentAnnuities", description = "A patent's annuities from its grant year to next year (at most the end of the term), computed from the payments recorded and the annuity arithmetic")
public record PatentAnnuitiesView(
        @Schema(title = "专利标识") UUID patentId,
        @Schema(title = "申请号", example = "202310123456.6") String applicationNumber,
        @Schema(title = "授权年度", description = "Year of the term the grant fell in; null before the grant (no annuity is due before it)", example = "2") Integer grantYear,
        @Schema(title = "已缴至年度", description = "Last year paid, the grant year counting as paid; null before the grant", example = "3") Integer paidThroughYear,
        @Schema(title = "下次应缴日", description = "Due date of the first unpaid annuity; null before the grant or past the term", example = "2026-03-15") LocalDate nextDueOn,
        @Schema(title = "欠缴", description = "Whether an annuity is due and unpaid today (in its grace or after it)", example = "false") boolean overdue,
        @Schema(title = "年度明细") List<AnnuityYearView> years) {
}

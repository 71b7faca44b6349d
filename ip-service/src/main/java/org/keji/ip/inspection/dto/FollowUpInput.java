package org.keji.ip.inspection.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.inspection.FollowUpAction;

@Schema(name = "InspectionFollowUp", description = "What follows from an inspection (后续处理)")
public record FollowUpInput(
        @Schema(title = "处理方式", required = true) @NotNull FollowUpAction action,
        @Schema(title = "整改期限", description = "For RECTIFICATION_ORDERED (required there only): the last day to rectify, not before the inspection", example = "2026-12-31") LocalDate dueOn,
        @Schema(title = "立案编号", description = "For CASE_FILED (required there only): the case reference", example = "榕知执立〔2026〕15号", maxLength = 100) @Size(max = 100) String caseReference,
        @Schema(title = "移送机关", description = "For TRANSFERRED (required there only): the authority it went to", example = "福州市市场监督管理局", maxLength = 200) @Size(max = 200) String transferredTo,
        @Schema(title = "完成日期", description = "The day the follow-up was done (rectified, case closed, transferred); not before the inspection", example = "2026-12-20") LocalDate doneOn,
        @Schema(title = "处理说明", description = "Notes", example = "当事人已撤下全部涉案包装", maxLength = 2000) @Size(max = 2000) String note) {
}

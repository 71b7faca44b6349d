package org.keji.enterprise.application.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.application.ApplicationStatus;
import org.keji.enterprise.eligibility.Verdict;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CertificationApplication", description = "A certification application, a case followed by its tracking number")
public record ApplicationView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "ENT-20261123-00000042") String trackingNumber,
        @Schema(title = "事项编码", description = "Matter code (事项编码)", example = "KJ-ENT-HNTE") String matterCode,
        @Schema(title = "统一社会信用代码", example = "91350100M000100Y43") String uscc,
        @Schema(title = "认定类型", example = "HNTE") String certificationType,
        @Schema(title = "申报年度", example = "2026") int year,
        @Schema(title = "状态") ApplicationStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the application)", example = "[\"request-correction\", \"accept\", \"refuse\", \"withdraw\"]") List<String> allowedActions,
        @Schema(title = "申报材料", description = "The materials referenced, each with its document's metadata and `expired` when its validity ended") List<ApplicationMaterialView> materials,
        @Schema(title = "缺少材料", description = "While a correction is requested: what is missing") List<String> missingMaterials,
        @Schema(title = "提交日期", example = "2026-11-23") LocalDate submittedOn,
        @Schema(title = "承诺办结日期（旧）", description = "The promised due date, as promisedDueOn (kept for existing clients)", example = "2027-02-26") LocalDate dueOn,
        @Schema(title = "承诺办结日期", description = "Promised date of the decision (承诺时限), moved by paused working days", example = "2027-02-26") LocalDate promisedDueOn,
        @Schema(title = "承诺日期为暂定", description = "Whether promisedDueOn was counted through a year whose official calendar is not loaded yet (counted Monday to Friday; recounted when it is)", example = "true") boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", description = "Legal date of the decision (法定时限), moved by paused working days", example = "2027-02-26") LocalDate legalDueOn,
        @Schema(title = "法定日期为暂定", description = "Whether legalDueOn was counted through a year whose official calendar is not loaded yet", example = "true") boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to promisedDueOn (negative when overdue, frozen while paused); absent once decided", example = "57") Integer workingDaysLeft,
        @Schema(title = "已超期", description = "Whether promisedDueOn is passed: today (or the first day of a running pause) is after it, or the decision came after it") boolean overdue,
        @Schema(title = "已暂停计时", description = "Whether the clock is paused for a correction") boolean paused,
        @Schema(title = "暂停工作日", description = "Working days the clock was paused so far", example = "3") int pausedWorkingDays,
        @Schema(title = "条件测评标识", description = "The eligibility check made at submission") UUID eligibilityCheckId,
        @Schema(title = "条件测评结论", description = "Its verdict") Verdict eligibilityVerdict,
        @Schema(title = "评审专家", description = "Assigned experts (bureau roles only)") List<String> experts,
        @Schema(title = "专家评审", description = "Expert reviews (bureau roles and the reviewing expert only)") List<ExpertReviewView> reviews,
        @Schema(title = "综合评分", description = "The rules with the experts' scores (single reads by bureau roles, once reviews exist)") AssessmentView assessment,
        @Schema(title = "公示开始日期") LocalDate publicityFrom,
        @Schema(title = "公示结束日期") LocalDate publicityTo,
        @Schema(title = "公示异议") List<ObjectionView> objections,
        @Schema(title = "决定日期") LocalDate decidedOn,
        @Schema(title = "不予认定理由") String refusalReason,
        @Schema(title = "证书标识", description = "The certificate issued") UUID certificationId,
        @Schema(title = "填报人", description = "Who submitted (token subject)") String submittedBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本") long version) {
}

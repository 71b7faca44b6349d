package org.keji.project.application.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;
import org.keji.commons.money.Money;
import org.keji.project.application.Industry;
import org.keji.project.application.ProjectStatus;
import org.keji.project.application.TechnologySource;
import org.keji.project.application.UndertakerType;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectApplication", description = "A project application (项目申报), a case followed by its tracking number; once approved the project (项目) itself")
public record ProjectApplicationView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "PRJ-20260612-00000042") String trackingNumber,
        @Schema(title = "事项编码", description = "Matter code (事项编码), the call's", example = "350217010000") String matterCode,
        @Schema(title = "申报指南标识", description = "The call applied to") UUID callId,
        @Schema(title = "统一社会信用代码", description = "The applying enterprise", example = "91350100M000100Y43") String uscc,
        @Schema(title = "地区", description = "GB/T 2260 region of the enterprise when the draft was made", example = "350102") String region,
        @Schema(title = "项目名称", example = "面向海上风电的智能运维机器人研发及应用") String title,
        @NotExported @Schema(title = "项目简介") String summary,
        @Schema(title = "技术领域", example = "NEW_ENERGY") String field,
        @Schema(title = "所属行业") Industry industry,
        @Schema(title = "承担单位性质") UndertakerType undertakerType,
        @Schema(title = "技术来源") TechnologySource technologySource,
        @Schema(title = "合作单位", description = "Partners' USCCs") List<String> partners,
        @Schema(title = "申请资助金额（元）", type = SchemaType.STRING, example = "800000.00") Money requestedAmount,
        @Schema(title = "计划财政资金（元）", type = SchemaType.STRING, example = "800000.00") Money plannedGovernmentFunds,
        @Schema(title = "计划自筹资金（元）", type = SchemaType.STRING, example = "1600000.00") Money plannedSelfRaisedFunds,
        @Schema(title = "计划开始日期", example = "2027-01-01") LocalDate plannedStart,
        @Schema(title = "计划完成日期", example = "2028-12-31") LocalDate plannedEnd,
        @Schema(title = "状态") ProjectStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the application)", example = "[\"request-correction\", \"accept\", \"refuse\", \"withdraw\"]") List<String> allowedActions,
        @NotExported @Schema(title = "材料", description = "The materials referenced, with their kinds") List<ProjectMaterial> materials,
        @Schema(title = "缺少材料", description = "Kinds asked for by a correction, or accepted as missing (容缺)") List<String> missingMaterials,
        @Schema(title = "提交日期", description = "Day of submission; absent for a draft", example = "2026-06-12") LocalDate submittedOn,
        @Schema(title = "承诺办结日期", description = "Promised date of the funding decision (承诺时限), moved by paused working days", example = "2026-08-07") LocalDate promisedDueOn,
        @Schema(title = "承诺日期为暂定", description = "Whether promisedDueOn was counted through a year whose official calendar is not loaded yet") Boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", description = "Legal date of the funding decision (法定时限), moved by paused working days", example = "2026-09-04") LocalDate legalDueOn,
        @Schema(title = "法定日期为暂定", description = "Whether legalDueOn was counted through a year whose official calendar is not loaded yet") Boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to promisedDueOn (negative when overdue, frozen while paused); absent for a draft and once the case is closed", example = "40") Integer workingDaysLeft,
        @Schema(title = "已超期", description = "Whether promisedDueOn is passed while the case runs") Boolean overdue,
        @Schema(title = "已暂停计时", description = "Whether the clock is paused for a correction") Boolean paused,
        @Schema(title = "暂停工作日", description = "Working days the clock was paused so far", example = "0") Integer pausedWorkingDays,
        @Schema(title = "办结日期", description = "Day of the funding decision, refusal or withdrawal") LocalDate closedOn,
        @Schema(title = "评审得分", type = SchemaType.STRING, description = "The experts' average score once ranked; absent for the applicant until the publicity starts", example = "86.25") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reviewScore,
        @Schema(title = "评审排名", description = "Rank in the call once ranked; absent for the applicant until the publicity starts", example = "3") Integer reviewRank,
        @Schema(title = "公示开始", example = "2026-07-20") LocalDate publicityFrom,
        @Schema(title = "公示结束", description = "Last day of publicity, inclusive", example = "2026-07-24") LocalDate publicityTo,
        @Schema(title = "资助金额（元）", type = SchemaType.STRING, example = "600000.00") Money grantAmount,
        @Schema(title = "任务书编号", example = "RW2026000042") String contractNumber,
        @Schema(title = "任务书签订日期", example = "2026-09-01") LocalDate contractSignedOn,
        @Schema(title = "任务书截止日期", description = "Contract end, moved by the one extension", example = "2028-08-31") LocalDate contractEnd,
        @Schema(title = "已延期", description = "Whether the one extension was granted") boolean extended,
        @Schema(title = "整改截止日期", description = "While a mid-term or acceptance rectification runs", example = "2027-06-30") LocalDate rectificationDueOn,
        @Schema(title = "验收申请日期", example = "2028-09-15") LocalDate acceptanceRequestedOn,
        @Schema(title = "验收整改过", description = "Whether the one acceptance rectification was required") boolean acceptanceRectified,
        @Schema(title = "决定理由", description = "Reason of the last refusal, non-funding, suspension, termination or failure") String decisionReason,
        @Schema(title = "创建人", description = "Who made the draft (token subject)") String createdBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version of the record, raised by each change (ETag)") long version) {
}

package org.keji.ip.subsidy.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.ip.subsidy.SubsidyStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PatentSubsidy", description = "A patent subsidy or grant-reward application (专利资助 / 授权奖励申请), a case followed by its tracking number")
public record PatentSubsidyView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "IP-20260612-00000042") String trackingNumber,
        @Schema(title = "事项编码", description = "Matter code (事项编码), the policy's", example = "330217009000") String matterCode,
        @Schema(title = "政策标识", description = "The policy applied under") UUID policyId,
        @Schema(title = "政策年度", description = "The policy's year, whose caps the application counts against", example = "2026") int year,
        @Schema(title = "专利标识") UUID patentId,
        @Schema(title = "申请号", description = "Application number (申请号), canonical form", example = "202310123456.6") String applicationNumber,
        @Schema(title = "专利类型") PatentType patentType,
        @Schema(title = "申请人统一社会信用代码", description = "The applying holder", example = "91350100M000100Y43") String applicantUscc,
        @Schema(title = "地区", description = "GB/T 2260 region: the patent's", example = "350100") String region,
        @Schema(title = "申请金额（元）", type = SchemaType.STRING, description = "The policy's amount for the patent's type, reserved against the caps", example = "5000.00") Money amount,
        @Schema(title = "状态") SubsidyStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the application)", example = "[\"request-correction\", \"approve\", \"refuse\", \"withdraw\"]") List<String> allowedActions,
        @NotExported @Schema(title = "材料", description = "The materials referenced; a single read adds each document's metadata") List<SubsidyMaterialView> materials,
        @Schema(title = "缺少材料", description = "While a correction is requested: what is missing") List<String> missingMaterials,
        @Schema(title = "核定金额（元）", type = SchemaType.STRING, description = "Approved amount, at most the amount applied for", example = "5000.00") Money approvedAmount,
        @Schema(title = "审核人", description = "The officer that approved (token subject)", example = "officer-chen") String approvedBy,
        @Schema(title = "审核日期", example = "2026-06-15") LocalDate approvedOn,
        @Schema(title = "不予资助理由", description = "Once refused: every reason of the refusal") List<String> refusalReasons,
        @Schema(title = "拨付金额（元）", type = SchemaType.STRING, description = "Amount paid, equal to the approved amount", example = "5000.00") Money paidAmount,
        @Schema(title = "拨付日期", example = "2026-06-18") LocalDate paidOn,
        @Schema(title = "凭证号", description = "Payment voucher number (记账凭证号)", example = "FZKJ-2026-06-0381") String voucherNumber,
        @Schema(title = "拨付人", description = "The officer that recorded the payment, never the approver", example = "officer-lin") String paidBy,
        @Schema(title = "提交日期", example = "2026-06-12") LocalDate submittedOn,
        @Schema(title = "承诺办结日期", description = "Promised date of the payment (承诺时限), moved by paused working days", example = "2026-07-03") LocalDate promisedDueOn,
        @Schema(title = "承诺日期为暂定", description = "Whether promisedDueOn was counted through a year whose official calendar is not loaded yet") boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", description = "Legal date of the payment (法定时限), moved by paused working days", example = "2026-07-10") LocalDate legalDueOn,
        @Schema(title = "法定日期为暂定", description = "Whether legalDueOn was counted through a year whose official calendar is not loaded yet") boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to promisedDueOn (negative when overdue, frozen while paused); absent once closed", example = "15") Integer workingDaysLeft,
        @Schema(title = "已超期", description = "Whether promisedDueOn is passed") boolean overdue,
        @Schema(title = "已暂停计时", description = "Whether the clock is paused for a correction") boolean paused,
        @Schema(title = "暂停工作日", description = "Working days the clock was paused so far", example = "0") int pausedWorkingDays,
        @Schema(title = "办结日期", description = "Day of payment, refusal or withdrawal") LocalDate closedOn,
        @Schema(title = "填报人", description = "Who submitted (token subject)") String submittedBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version of the record, raised by each change") long version) {
}

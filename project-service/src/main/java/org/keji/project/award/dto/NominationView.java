package org.keji.project.award.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;
import org.keji.commons.money.Money;
import org.keji.project.award.AwardGrade;
import org.keji.project.award.NominationStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AwardNomination", description = "A nomination for the science and technology progress award (科技进步奖提名), a case followed by its tracking number")
public record NominationView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "PRJ-20260612-00000042") String trackingNumber,
        @Schema(title = "事项编码", description = "Matter code (事项编码) of the award", example = "350217008000") String matterCode,
        @Schema(title = "统一社会信用代码", description = "The enterprise nominated", example = "91350100M000100Y43") String uscc,
        @Schema(title = "地区", description = "GB/T 2260 region of the enterprise", example = "350100") String region,
        @Schema(title = "年度", description = "The award year", example = "2026") int year,
        @Schema(title = "成果名称", example = "高可靠工业物联网边缘网关关键技术及产业化") String title,
        @Schema(title = "成果简介") String summary,
        @Schema(title = "提名等级") AwardGrade nominatedGrade,
        @NotExported @Schema(title = "主要完成人", description = "The people who did the work; ID numbers masked except to officers and admins") List<MemberView> members,
        @NotExported @Schema(title = "材料", description = "The referenced materials") List<AwardMaterialReference> materials,
        @Schema(title = "状态") NominationStatus status,
        @NotExported @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the nomination)", example = "[\"review\", \"withdraw\"]") List<String> allowedActions,
        @Schema(title = "授奖等级", description = "The grade awarded, once AWARDED") AwardGrade awardedGrade,
        @Schema(title = "奖金（元）", type = SchemaType.STRING, description = "The awarded grade's amount for the nomination's year, fixed at the decision", example = "100000.00") Money amount,
        @Schema(title = "不授奖理由", description = "Why it was not awarded") String notAwardedReason,
        @Schema(title = "决定人", description = "The officer who decided; the payment is recorded by another", example = "officer-chen") String decidedBy,
        @Schema(title = "决定日期") LocalDate decidedOn,
        @Schema(title = "拨付金额（元）", type = SchemaType.STRING, example = "100000.00") Money paidAmount,
        @Schema(title = "拨付日期") LocalDate paidOn,
        @Schema(title = "记账凭证号", example = "FZKJ-2026-06-0412") String voucherNumber,
        @Schema(title = "拨付登记人", example = "officer-lin") String paidBy,
        @Schema(title = "提名日期", description = "Day the case opened") LocalDate submittedOn,
        @Schema(title = "承诺办结日期", description = "Promised due date (承诺时限), in working days from the nomination") LocalDate promisedDueOn,
        @Schema(title = "承诺日期为暂定", description = "Whether the promised due date counts a year without a published calendar Monday to Friday") boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", description = "Legal due date (法定时限)") LocalDate legalDueOn,
        @Schema(title = "法定日期为暂定") boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to the promised due date; absent once closed", example = "42") Integer workingDaysLeft,
        @Schema(title = "已超期", description = "Whether the promised due date has passed while the case is open") boolean overdue,
        @Schema(title = "办结日期", description = "Day the case closed (paid, not awarded, withdrawn)") LocalDate closedOn,
        @Schema(title = "提交人", example = "91350100M000100Y43") String submittedBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", example = "3") long version) {
}

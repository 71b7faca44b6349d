package org.keji.ip.techcontract.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;
import org.keji.commons.money.Money;
import org.keji.ip.techcontract.ContractStatus;
import org.keji.ip.techcontract.ContractType;
import org.keji.ip.techcontract.DevelopmentKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TechnologyContract", description = "A technology-contract registration (技术合同认定登记), a case followed by its tracking number")
public record TechnologyContractView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "IP-20261123-00000042") String trackingNumber,
        @Schema(title = "事项编码", description = "Matter code (事项编码)", example = "KJ-IP-TECH-CONTRACT") String matterCode,
        @Schema(title = "合同类型") ContractType type,
        @Schema(title = "开发方式", description = "For DEVELOPMENT: commissioned or cooperative") DevelopmentKind developmentKind,
        @Schema(title = "合同名称", description = "Title of the contract", example = "高精度伺服电机控制算法委托开发合同") String title,
        @Schema(title = "卖方统一社会信用代码", description = "The seller / provider that applied (卖方)", example = "91350100M000100Y43") String sellerUscc,
        @Schema(title = "卖方名称", description = "Name of the seller", example = "福建闽科智能技术有限公司") String sellerName,
        @Schema(title = "买方") ContractParty buyer,
        @Schema(title = "中介方") ContractParty intermediary,
        @Schema(title = "签订日期", example = "2026-10-15") LocalDate signedOn,
        @Schema(title = "履行期限起", example = "2026-11-01") LocalDate termFrom,
        @Schema(title = "履行期限止", example = "2027-10-31") LocalDate termTo,
        @Schema(title = "合同成交额（元）", type = SchemaType.STRING, description = "Contract amount, yuan", example = "1200000.00") Money contractAmount,
        @Schema(title = "申报技术交易额（元）", type = SchemaType.STRING, description = "The technology-transaction part as stated by the applicant, yuan", example = "1000000.00") Money declaredTransactionAmount,
        @Schema(title = "登记地区", description = "GB/T 2260 region of the registration (given, else from the seller's USCC)", example = "350100") String region,
        @Schema(title = "登记年度", description = "Year of registration once registered, before that the year of submission", example = "2026") int year,
        @Schema(title = "状态") ContractStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the contract)", example = "[\"request-correction\", \"register\", \"refuse\"]") List<String> allowedActions,
        @NotExported @Schema(title = "材料", description = "The materials referenced; a single read adds each document's metadata") List<ContractMaterialView> materials,
        @Schema(title = "缺少材料", description = "While a correction is requested: what is missing") List<String> missingMaterials,
        @Schema(title = "登记编号", description = "Registration number (登记编号): year (4) + region (6) + type digit (1 development, 2 transfer, 3 licence, 4 consulting, 5 service) + 7-digit sequence, 18 digits, unique", example = "202635010010000042") String registrationNumber,
        @Schema(title = "认定技术交易额（元）", type = SchemaType.STRING, description = "Registered transaction amount, yuan", example = "950000.00") Money registeredAmount,
        @Schema(title = "核减非技术性款项（元）", type = SchemaType.STRING, description = "Costs deducted by the officer (DEVELOPMENT, TRANSFER, LICENCE), yuan", example = "250000.00") Money deductedCosts,
        @Schema(title = "不予登记理由", description = "Once refused: every reason of the refusal") List<String> refusalReasons,
        @Schema(title = "提交日期", example = "2026-11-23") LocalDate submittedOn,
        @Schema(title = "承诺办结日期", description = "Promised date of the decision (承诺时限), moved by paused working days", example = "2026-11-30") LocalDate promisedDueOn,
        @Schema(title = "承诺日期为暂定", description = "Whether promisedDueOn was counted through a year whose official calendar is not loaded yet") boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", description = "Legal date of the decision (法定时限), moved by paused working days", example = "2026-12-07") LocalDate legalDueOn,
        @Schema(title = "法定日期为暂定", description = "Whether legalDueOn was counted through a year whose official calendar is not loaded yet") boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to promisedDueOn (negative when overdue, frozen while paused); absent once decided", example = "5") Integer workingDaysLeft,
        @Schema(title = "已超期", description = "Whether promisedDueOn is passed") boolean overdue,
        @Schema(title = "已暂停计时", description = "Whether the clock is paused for a correction") boolean paused,
        @Schema(title = "暂停工作日", description = "Working days the clock was paused so far", example = "0") int pausedWorkingDays,
        @Schema(title = "决定日期", description = "Day of registration or refusal") LocalDate decidedOn,
        @Schema(title = "填报人", description = "Who submitted (token subject)") String submittedBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version of the record, raised by each change") long version) {
}

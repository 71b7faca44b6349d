package org.keji.ip.pledge.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.event.pledge.PledgeReleaseReason;
import org.keji.commons.export.NotExported;
import org.keji.commons.money.Money;
import org.keji.ip.pledge.PledgeOrigin;
import org.keji.ip.pledge.PledgeStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PatentPledge", description = "A patent pledge registration (专利权质押登记), a case followed by its tracking number, then the registered pledge until its release")
public record PatentPledgeView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "IP-20261123-00000042") String trackingNumber,
        @Schema(title = "事项编码", description = "Matter code (事项编码)", example = "KJ-IP-PATENT-PLEDGE") String matterCode,
        @Schema(title = "请求标识", description = "The saga's request id: finance-service's, or chosen by ip-service for a request through the API; the key of the pledge's events on keji.ip.v1") UUID requestId,
        @Schema(title = "来源") PledgeOrigin origin,
        @Schema(title = "贷款编号", description = "The secured loan's reference", example = "FZ-KJD-2026-0042") String loanReference,
        @Schema(title = "出质人统一社会信用代码", description = "The pledgor (出质人)", example = "91350100M000100Y43") String pledgorUscc,
        @Schema(title = "质权人标识", description = "The pledgee bank's id", example = "icbc-fz") String pledgeeBankId,
        @Schema(title = "质权人名称", description = "The pledgee bank's name", example = "中国工商银行股份有限公司福州分行") String pledgeeName,
        @Schema(title = "出质专利", description = "The patents pledged, canonical application numbers in the order requested", example = "[\"202310123456.X\"]") List<String> applicationNumbers,
        @Schema(title = "专利件数", description = "How many patents are pledged", example = "1") int patentCount,
        @Schema(title = "被担保债权数额（元）", type = SchemaType.STRING, description = "The principal debt secured, yuan", example = "5000000.00") Money securedAmount,
        @Schema(title = "债务履行期限起", example = "2026-12-01") LocalDate debtTermStart,
        @Schema(title = "债务履行期限止", example = "2029-11-30") LocalDate debtTermEnd,
        @NotExported @Schema(title = "共有人同意", description = "The co-holders' consents given") List<CoHolderConsentInput> coHolderConsents,
        @Schema(title = "质押合同材料", description = "The pledge contract, a material of the pledgor (absent for a request of finance-service)") UUID contractMaterialId,
        @Schema(title = "登记地区", description = "GB/T 2260 region of the case (given, else from the pledgor's USCC)", example = "350100") String region,
        @Schema(title = "状态") PledgeStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the pledge)", example = "[\"register\", \"refuse\"]") List<String> allowedActions,
        @NotExported @Schema(title = "不予登记理由", description = "Every ground that applied at the last check (checkedOn): at the request a preview, at a refusal the decision's; empty once registered") List<PledgeGroundView> grounds,
        @Schema(title = "检查日期", description = "The day of the last check of the grounds", example = "2026-11-23") LocalDate checkedOn,
        @Schema(title = "审查意见", description = "Once refused: the officer's reasons in words") List<String> refusalReasons,
        @Schema(title = "质押登记号", description = "Registration number (质押登记号): Y + year (4) + region (6) + 7-digit sequence, 18 characters, unique", example = "Y20263501000000042") String registrationNumber,
        @Schema(title = "登记日", description = "The day the pledge was registered and took effect", example = "2026-11-25") LocalDate registeredOn,
        @Schema(title = "注销日", description = "The day the pledge was released", example = "2029-12-02") LocalDate releasedOn,
        @Schema(title = "注销原因") PledgeReleaseReason releaseReason,
        @Schema(title = "受理日期", example = "2026-11-23") LocalDate submittedOn,
        @Schema(title = "承诺办结日期", description = "Promised date of the decision (7 working days)", example = "2026-12-02") LocalDate promisedDueOn,
        @Schema(title = "承诺日期为暂定", description = "Whether promisedDueOn was counted through a year whose official calendar is not loaded yet") boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", description = "Legal date of the decision (7 working days)", example = "2026-12-02") LocalDate legalDueOn,
        @Schema(title = "法定日期为暂定", description = "Whether legalDueOn was counted through a year whose official calendar is not loaded yet") boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to promisedDueOn (negative when overdue); absent once decided", example = "7") Integer workingDaysLeft,
        @Schema(title = "已超期", description = "Whether promisedDueOn is passed") boolean overdue,
        @Schema(title = "决定日期", description = "Day of registration or refusal") LocalDate decidedOn,
        @Schema(title = "申请人", description = "Who filed the request (token subject, or finance-service)") String requestedBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version of the record, raised by each change") long version) {
}

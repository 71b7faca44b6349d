package org.keji.ip.dispute.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;
import org.keji.ip.dispute.DisputeCategory;
import org.keji.ip.dispute.DisputeKind;
import org.keji.ip.dispute.DisputeOutcome;
import org.keji.ip.dispute.DisputeStatus;
import org.keji.ip.dispute.RequesterType;

@Schema(name = "Dispute", description = "A patent dispute mediation or rights-protection assistance case, with the due "
        + "date of its current step and of the whole case in working days")
public record DisputeView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "办件编号", example = "IP-20260302-00000017") String trackingNumber,
        @Schema(title = "事项编码", example = "330220012000") String matterCode,
        @Schema(title = "案件类别") DisputeCategory category,
        @Schema(title = "纠纷类型") DisputeKind kind,
        @Schema(title = "状态") DisputeStatus status,
        @Schema(title = "可执行操作", description = "Actions (path segments under the case) allowed now", example = "[\"accept\", \"reject\", \"withdraw\"]") List<String> allowedActions,
        @Schema(title = "结果", description = "How the case ended or is ending; null while it runs") DisputeOutcome outcome,
        @Schema(title = "地区", description = "Six-digit GB/T 2260 region: given, else from the requesting enterprise's code", example = "350100") String region,
        @Schema(title = "年度", description = "Year of the request", example = "2026") int year,
        @Schema(title = "请求人类型") RequesterType requesterType,
        @Schema(title = "请求人统一社会信用代码", example = "91350100M000100Y43") String requesterUscc,
        @Schema(title = "请求人", example = "福州市闽科电子有限公司") String requesterName,
        @Schema(title = "请求人身份证号", description = "A person's ID number, masked (350102********1234) unless an officer or admin reads the case", example = "350102********1234") String requesterIdNumber,
        @Schema(title = "被请求人") List<RespondentView> respondents,
        @Schema(title = "专利申请号", example = "[\"202310123456.6\"]") List<String> patents,
        @Schema(title = "请求事项") String claimSummary,
        @Schema(title = "证据材料", description = "Materials of the requester's wallet; their metadata only when one case is read") List<EvidenceView> evidence,
        @Schema(title = "当前环节开始日", example = "2026-03-02") LocalDate stepStartedOn,
        @Schema(title = "当前环节期限", description = "Last working day of the current step: the decision on the request, the mediation, or the closing; null once ended", example = "2026-03-09") LocalDate stepDueOn,
        @Schema(title = "当前环节剩余工作日", description = "Negative when overdue; null once ended", example = "5") Integer stepWorkingDaysLeft,
        @Schema(title = "当前环节超期", description = "Whether the current step's due date is missed") boolean stepOverdue,
        @Schema(title = "立案日期", example = "2026-03-06") LocalDate acceptedOn,
        @Schema(title = "调解法定期限", description = "Legal last working day of the mediation, once accepted", example = "2026-06-04") LocalDate handlingLegalDueOn,
        @Schema(title = "申请日期", example = "2026-03-02") LocalDate submittedOn,
        @Schema(title = "承诺办结日期", description = "Promised due date of the whole case (decision + mediation + closing)", example = "2026-05-15") LocalDate promisedDueOn,
        @Schema(title = "承诺办结日期为暂定", description = "Counted through a year without calendar data") boolean promisedDueOnProvisional,
        @Schema(title = "法定办结日期", example = "2026-06-12") LocalDate legalDueOn,
        @Schema(title = "法定办结日期为暂定") boolean legalDueOnProvisional,
        @Schema(title = "剩余工作日", description = "Working days left to the promised due date of the case; null once closed", example = "50") Integer workingDaysLeft,
        @Schema(title = "超期", description = "Whether the promised due date of the case is missed") boolean overdue,
        @Schema(title = "调解记录", description = "Only when one case is read") @NotExported List<MediationSessionView> sessions,
        @Schema(title = "调解协议材料", description = "The signed agreement, a material of the requester's wallet") UUID agreementMaterialId,
        @Schema(title = "协议要点") String agreementTerms,
        @Schema(title = "调解结束日期", description = "Day of the agreement or of the failure", example = "2026-04-20") LocalDate endedOn,
        @Schema(title = "不予受理理由") String rejectionReason,
        @Schema(title = "调解不成原因") String failureReason,
        @Schema(title = "结案日期", example = "2026-04-22") LocalDate closedOn,
        @Schema(title = "申请录入人", description = "Who filed it (token subject)") String requestedBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本") long version) {
}

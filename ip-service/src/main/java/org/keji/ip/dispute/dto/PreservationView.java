package org.keji.ip.dispute.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.dispute.Preservation;
import org.keji.ip.dispute.PreservationKind;

@Schema(name = "Preservation", description = "A court's preservation order on patents as recorded by the bureau")
public record PreservationView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "保全类型") PreservationKind kind,
        @Schema(title = "法院", example = "福州市中级人民法院") String court,
        @Schema(title = "裁定书文号", example = "（2026）闽01财保12号") String orderNumber,
        @Schema(title = "专利申请号", example = "[\"202310123456.6\"]") List<String> patents,
        @Schema(title = "保全起始日", example = "2026-03-01") LocalDate effectiveFrom,
        @Schema(title = "保全截止日", example = "2029-02-28") LocalDate effectiveUntil,
        @Schema(title = "解除日期", description = "First day no longer in force, when a court lifted the order early", example = "2027-06-30") LocalDate liftedOn,
        @Schema(title = "解除裁定书文号", example = "（2026）闽01财保12号之一") String liftOrderNumber,
        @Schema(title = "今日有效", description = "Whether the order holds its patents today") boolean inForce,
        @Schema(title = "地区", example = "350100") String region,
        @Schema(title = "关联纠纷案件", description = "The dispute case it belongs to, if any") UUID disputeId,
        @Schema(title = "记录人") String recordedBy,
        @Schema(title = "记录时间") OffsetDateTime recordedAt) {

    public static PreservationView of(Preservation p, List<String> patents, LocalDate today) {
        return new PreservationView(p.id(), p.kind(), p.court(), p.orderNumber(), patents, p.effectiveFrom(),
                p.effectiveUntil(), p.liftedOn(), p.liftOrderNumber(), p.inForceOn(today),
                p.region(), p.disputeId(), p.recordedBy(), p.recordedAt());
    }
}

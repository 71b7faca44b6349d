package org.keji.ip.dispute.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediationSession", description = "A mediation session held (调解会)")
public record MediationSessionView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "调解日期", example = "2026-03-10") LocalDate heldOn,
        @Schema(title = "调解地点", example = "福州市知识产权局调解室") String place,
        @Schema(title = "调解员", example = "林调解员") String mediator,
        @Schema(title = "参加人员") List<String> attendees,
        @Schema(title = "调解情况") String summary,
        @Schema(title = "记录人", description = "Who recorded it (token subject)") String recordedBy,
        @Schema(title = "记录时间") OffsetDateTime recordedAt) {
}

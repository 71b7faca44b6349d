package org.keji.ip.patent.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.patent.LegalEventKind;

@Schema(name = "PatentLegalEvent", description = "One entry of a patent's append-only legal-status log")
public record LegalEventView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "序号", description = "1, 2, 3… per patent", example = "2") int sequence,
        @Schema(title = "事件") LegalEventKind kind,
        @Schema(title = "法律状态代码", description = "National (CNIPA-style) event code", example = "GR01") String nationalCode,
        @Schema(title = "ST.27类别", description = "WIPO ST.27 category letter", example = "F") String st27Category,
        @Schema(title = "生效日", example = "2024-06-01") LocalDate effectiveDate,
        @Schema(title = "详情") LegalEventDetails details,
        @Schema(title = "记录时间") OffsetDateTime recordedAt,
        @Schema(title = "记录人") String recordedBy) {
}

package org.keji.enterprise.compliance.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.compliance.Violation;
import org.keji.enterprise.compliance.ViolationKind;
import org.keji.enterprise.compliance.ViolationSeverity;

@Schema(name = "Violation", description = "A violation or credit record of an enterprise")
public record ViolationView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "统一社会信用代码", description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "违规类别") ViolationKind kind,
        @Schema(title = "严重程度") ViolationSeverity severity,
        @Schema(title = "发生日期", example = "2025-06-30") LocalDate occurredOn,
        @Schema(title = "认定机关", example = "福州市生态环境局") String authority,
        @Schema(title = "情况说明") String description,
        @Schema(title = "列入期限至", description = "Last day of a listing; null when open-ended or not a listing") LocalDate listedUntil,
        @Schema(title = "记录人", description = "Who recorded it (token subject)") String recordedBy,
        @Schema(title = "记录时间") OffsetDateTime recordedAt) {

    public static ViolationView of(Violation v) {
        return new ViolationView(v.id(), v.uscc(), v.kind(), v.severity(), v.occurredOn(), v.authority(),
                v.description(), v.listedUntil(), v.recordedBy(), v.recordedAt());
    }
}

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
        UUID id,
        @Schema(description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        ViolationKind kind,
        ViolationSeverity severity,
        @Schema(example = "2025-06-30") LocalDate occurredOn,
        @Schema(example = "福州市生态环境局") String authority,
        String description,
        @Schema(description = "Last day of a listing; null when open-ended or not a listing") LocalDate listedUntil,
        @Schema(description = "Who recorded it (token subject)") String recordedBy,
        OffsetDateTime recordedAt) {

    public static ViolationView of(Violation v) {
        return new ViolationView(v.id(), v.uscc(), v.kind(), v.severity(), v.occurredOn(), v.authority(),
                v.description(), v.listedUntil(), v.recordedBy(), v.recordedAt());
    }
}

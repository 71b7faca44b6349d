package org.keji.project.replica.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.replica.EnterpriseReplica;

@Schema(name = "EnterpriseReplica", description = "An enterprise as project-service knows it from enterprise events (read-only)")
public record EnterpriseReplicaView(
        @Schema(description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(description = "Registered name", example = "福州市星火科技有限公司") String name,
        @Schema(description = "Region, GB/T 2260 code", example = "350100") String region,
        @Schema(description = "Date of registration", example = "2019-03-15") LocalDate registrationDate,
        @Schema(description = "Number of enterprise events applied to this replica", example = "1") int revision,
        @Schema(description = "When the last event was applied") OffsetDateTime updatedAt) {

    public static EnterpriseReplicaView of(EnterpriseReplica r) {
        return new EnterpriseReplicaView(r.uscc(), r.name(), r.region(), r.registrationDate(), r.revision(),
                r.updatedAt());
    }
}

package org.keji.enterprise.certification.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.Certification;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationStatus;

@Schema(name = "Certification", description = "A certificate an enterprise holds")
public record CertificationView(
        UUID id,
        @Schema(example = "91350100M000100Y43") String uscc,
        @Schema(example = "HNTE") String certificationType,
        @Schema(example = "GR202535000123") String certificateNumber,
        @Schema(example = "2025-12-01") LocalDate validFrom,
        @Schema(example = "2028-11-30") LocalDate validTo,
        CertificationStatus status,
        @Schema(description = "Region of the holder when certified", example = "350100") String region,
        CertificationOrigin origin,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {

    public static CertificationView of(Certification c) {
        return new CertificationView(c.id(), c.uscc(), c.certificationType(), c.certificateNumber(), c.validFrom(),
                c.validTo(), c.status(), c.region(), c.origin(), c.createdAt(), c.updatedAt(), c.version());
    }
}

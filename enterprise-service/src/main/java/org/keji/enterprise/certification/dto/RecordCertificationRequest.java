package org.keji.enterprise.certification.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "RecordCertificationRequest", description = "A certificate granted before, to enter into the system")
public record RecordCertificationRequest(
        @Schema(description = "Holder", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String uscc,
        @Schema(description = "Certification type code", example = "HNTE", required = true) @NotBlank @Size(max = 30) String certificationType,
        @Schema(description = "Certificate number as printed", example = "GR202535000123", maxLength = 60, required = true) @NotBlank @Size(max = 60) String certificateNumber,
        @Schema(description = "First day of validity (发证日期)", example = "2025-12-01", required = true) @NotNull @PastOrPresent LocalDate validFrom,
        @Schema(description = "Last day of validity: the type's validity years from validFrom, less a day (HNTE: three years); computed when absent, another day is refused (422 VALIDITY_NOT_OF_TYPE)", example = "2028-11-30") LocalDate validTo) {
}

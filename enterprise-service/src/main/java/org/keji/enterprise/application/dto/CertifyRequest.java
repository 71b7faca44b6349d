package org.keji.enterprise.application.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertifyRequest", description = "The certificate to issue once publicity has ended without open objections")
public record CertifyRequest(
        @Schema(description = "Certificate number as issued", example = "GR202635000123", maxLength = 60, required = true) @NotBlank @Size(max = 60) String certificateNumber,
        @Schema(description = "First day of validity: the decision day (today, the default) or later, never in the past (422 VALIDITY_STARTS_IN_PAST)", example = "2026-12-20") LocalDate validFrom) {
}

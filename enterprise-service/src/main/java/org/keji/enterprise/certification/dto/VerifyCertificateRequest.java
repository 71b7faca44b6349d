package org.keji.enterprise.certification.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerifyCertificateRequest", description = "A certificate number and its verification code, as printed")
public record VerifyCertificateRequest(
        @Schema(description = "Certificate number (证书编号)", example = "GR202535000123") @NotBlank @Size(max = 60) String certificateNumber,
        @Schema(description = "Verification code (核验码): 16 characters; case, hyphens and spaces do not matter", example = "7K3M-Q9TX-2C4H-V8NR") @NotBlank @Size(max = 40) String verificationCode,
        @Schema(description = "SHA-256 (hex) of a certificate document to confirm, optional", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @Pattern(regexp = "[0-9a-fA-F]{64}") String documentSha256) {
}

package org.keji.enterprise.certification.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.VerificationStatus;

@Schema(name = "CertificateVerification", description = "What anyone may know of a certificate whose number and code "
        + "they hold: whether it is valid today, its holder, type and validity — nothing else")
public record CertificateVerification(
        @Schema(description = "Whether the certificate is valid today (Asia/Shanghai)", example = "true") boolean valid,
        @Schema(description = "Status today", example = "VALID") VerificationStatus status,
        @Schema(description = "The holder's name as printed on the certificate", example = "福州市星火科技有限公司") String holderName,
        @Schema(description = "The holder's unified social credit code (public, printed on its business licence)", example = "91350100M000100Y43") String holderUscc,
        @Schema(description = "Certification type code", example = "HNTE") String certificationType,
        @Schema(description = "First day of validity", example = "2025-12-01") LocalDate validFrom,
        @Schema(description = "Last day of validity", example = "2028-11-30") LocalDate validTo,
        @Schema(description = "Whether documentSha256 is the SHA-256 of this certificate's document; null when none was given", example = "true") Boolean documentMatches) {
}

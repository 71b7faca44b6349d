package org.keji.enterprise.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a certificate is worth today, as the public verification tells it: VALID (有效; also while "
        + "a re-check runs, which is not published), NOT_YET_VALID (未到有效期), EXPIRED (已过期), REVOKED (已撤销)")
public enum VerificationStatus {
    VALID,
    NOT_YET_VALID,
    EXPIRED,
    REVOKED;

    /** The status of {@code certification} on {@code today}. */
    public static VerificationStatus of(Certification certification, java.time.LocalDate today) {
        if (certification.status() == CertificationStatus.REVOKED) {
            return REVOKED;
        }
        if (certification.status() == CertificationStatus.EXPIRED || certification.validTo().isBefore(today)) {
            return EXPIRED;
        }
        return certification.validFrom().isAfter(today) ? NOT_YET_VALID : VALID;
    }
}

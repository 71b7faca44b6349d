package org.keji.enterprise.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a certificate: ACTIVE (有效), UNDER_RECHECK (复核中; stays so past its validity until the "
        + "re-check is cleared or ends in revocation), REVOKED (已撤销), EXPIRED (已过期)")
public enum CertificationStatus {
    ACTIVE,
    UNDER_RECHECK,
    REVOKED,
    EXPIRED
}

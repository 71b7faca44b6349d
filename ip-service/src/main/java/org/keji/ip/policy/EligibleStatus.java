package org.keji.ip.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Legal status a patent must have reached to be eligible: FILED (已受理: filed or any later status, "
        + "e.g. a filing subsidy), GRANTED (已授权且有效: granted and in force, e.g. a grant reward or an annuity subsidy)")
public enum EligibleStatus {
    FILED,
    GRANTED
}

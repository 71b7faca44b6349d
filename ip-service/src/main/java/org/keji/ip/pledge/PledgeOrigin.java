package org.keji.ip.pledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who asked for the pledge registration: OFFICER (an officer, admin or integration client through "
        + "the API, decided by an officer) or FINANCE (finance-service through the pledge saga on keji.finance.v1, "
        + "decided at once by the checks)")
public enum PledgeOrigin {
    OFFICER,
    FINANCE
}

package org.keji.commons.event.pledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why finance-service asks for a pledge to be released (质押登记注销的原因). */
@Schema(description = "Why a patent pledge is released: SETTLED (贷款已结清), WRITTEN_OFF (贷款已核销, after the risk "
        + "compensation), OTHER (其他, e.g. the collateral was replaced)")
public enum PledgeReleaseReason {
    /** The secured loan was repaid in full. */
    SETTLED,
    /** The loan was written off after default (risk compensation paid). */
    WRITTEN_OFF,
    /** Any other reason agreed by pledgor and pledgee. */
    OTHER
}

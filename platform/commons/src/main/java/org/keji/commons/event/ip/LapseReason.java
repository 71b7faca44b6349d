package org.keji.commons.event.ip;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a patent right ended (专利权终止的原因). */
@Schema(description = "Why a patent right ended: TERM_EXPIRED (期限届满), ANNUITY_UNPAID (未缴年费终止, after the 6-month grace "
        + "period), ABANDONED (专利权人放弃), INVALIDATED (宣告无效)")
public enum LapseReason {
    /** The term from filing ran out: invention 20 years, utility model 10, design 15. */
    TERM_EXPIRED,
    /** The annuity was not paid within the 6-month grace period, and not restored. */
    ANNUITY_UNPAID,
    /** The patentee gave the right up. */
    ABANDONED,
    /** Declared invalid by CNIPA or a court. */
    INVALIDATED
}

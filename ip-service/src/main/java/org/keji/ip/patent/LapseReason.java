package org.keji.ip.patent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a patent is no longer in force: ANNUITY_UNPAID (未缴年费终止; restorable within 2 months of the "
        + "notice), TERM_EXPIRED (期限届满), ABANDONED (放弃/视为撤回), INVALIDATED (宣告无效)")
public enum LapseReason {
    ANNUITY_UNPAID,
    TERM_EXPIRED,
    ABANDONED,
    INVALIDATED
}

package org.keji.ip.annuity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Standing of one year's annuity: PAID_AT_GRANT (the grant year, paid with the registration formalities, "
        + "授权当年年费随登记手续缴纳), PAID (已缴), DUE (not yet due, 未到期), IN_GRACE (due and unpaid, payable with the surcharge "
        + "until graceEndsOn, 滞纳期内), LAPSED (grace ended unpaid: the right ended on the due date, 未缴终止)")
public enum AnnuityYearStatus {
    PAID_AT_GRANT,
    PAID,
    DUE,
    IN_GRACE,
    LAPSED
}

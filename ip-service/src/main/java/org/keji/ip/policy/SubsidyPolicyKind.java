package org.keji.ip.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of policy: FILING_SUBSIDY (专利申请资助), GRANT_REWARD (专利授权奖励), ANNUITY_SUBSIDY (专利年费资助), "
        + "PCT_SUBSIDY (PCT国际专利申请资助)")
public enum SubsidyPolicyKind {
    FILING_SUBSIDY,
    GRANT_REWARD,
    ANNUITY_SUBSIDY,
    PCT_SUBSIDY;

    /** Whether a patent at {@code status} can be eligible under a policy of this kind. */
    public boolean admits(EligibleStatus status) {
        return switch (this) {
            // a reward for a grant, or help with the annuities of a granted patent, needs the grant
            case GRANT_REWARD, ANNUITY_SUBSIDY -> status == EligibleStatus.GRANTED;
            case FILING_SUBSIDY, PCT_SUBSIDY -> true;
        };
    }
}

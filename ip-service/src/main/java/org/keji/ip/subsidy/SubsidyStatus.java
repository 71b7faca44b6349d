package org.keji.ip.subsidy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a subsidy application: SUBMITTED (已受理，待审查), CORRECTION_REQUESTED (待补正, the clock "
        + "pauses), APPROVED (审核通过，待拨付), PAID (已拨付, the case closes), REFUSED (不予资助), WITHDRAWN (申请人撤回)")
public enum SubsidyStatus {
    SUBMITTED(List.of("request-correction", "approve", "refuse", "withdraw")),
    CORRECTION_REQUESTED(List.of("resubmit", "refuse", "withdraw")),
    APPROVED(List.of("pay")),
    PAID(List.of()),
    REFUSED(List.of()),
    WITHDRAWN(List.of());

    private final List<String> actions;

    SubsidyStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions (path segments under the application) allowed in this state. */
    public List<String> actions() {
        return actions;
    }

    /** Whether the application still holds its patent under the policy and its reservation against the caps. */
    public boolean live() {
        return this != REFUSED && this != WITHDRAWN;
    }
}

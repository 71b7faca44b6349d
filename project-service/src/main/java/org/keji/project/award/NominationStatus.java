package org.keji.project.award;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of an award nomination: NOMINATED (已提名，待形式审查), UNDER_REVIEW (评审中), AWARDED (授奖，待拨付奖金), "
        + "NOT_AWARDED (未授奖, the case closes), PAID (奖金已拨付, the case closes), WITHDRAWN (申请人撤回, the case closes)")
public enum NominationStatus {
    NOMINATED(List.of("review", "withdraw")),
    UNDER_REVIEW(List.of("decide", "withdraw")),
    AWARDED(List.of("pay")),
    NOT_AWARDED(List.of()),
    PAID(List.of()),
    WITHDRAWN(List.of());

    private final List<String> actions;

    NominationStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions (path segments under the nomination) allowed in this state. */
    public List<String> actions() {
        return actions;
    }
}

package org.keji.ip.techcontract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a technology-contract registration: SUBMITTED (已受理，待审查), CORRECTION_REQUESTED "
        + "(待补正, the clock pauses), REGISTERED (已认定登记), REFUSED (不予登记)")
public enum ContractStatus {
    SUBMITTED(List.of("request-correction", "register", "refuse")),
    CORRECTION_REQUESTED(List.of("resubmit", "refuse")),
    REGISTERED(List.of()),
    REFUSED(List.of());

    private final List<String> actions;

    ContractStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions (path segments under the contract) allowed in this state. */
    public List<String> actions() {
        return actions;
    }
}

package org.keji.ip.dispute;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a dispute case: REQUESTED (已申请，待立案), ACCEPTED (已立案), MEDIATING (调解中, from the first "
        + "session), AGREEMENT (达成调解协议), FAILED (调解不成), CLOSED (已结案), REJECTED (不予受理, closed), WITHDRAWN (已撤回, "
        + "closed)")
public enum DisputeStatus {
    REQUESTED(List.of("accept", "reject", "withdraw")),
    ACCEPTED(List.of("mediation-sessions", "withdraw")),
    MEDIATING(List.of("mediation-sessions", "agreement", "fail", "withdraw")),
    AGREEMENT(List.of("close")),
    FAILED(List.of("close")),
    CLOSED(List.of()),
    REJECTED(List.of()),
    WITHDRAWN(List.of());

    /**
     * The states in which an OWNERSHIP dispute flags its patents for pledge refusal: accepted (立案) and not closed. A
     * request not yet accepted does not: anyone may file one, and the decision on it takes at most a few working days.
     */
    public static final List<DisputeStatus> OPEN_ACCEPTED = List.of(ACCEPTED, MEDIATING, AGREEMENT, FAILED);

    /** The states of a running case: its clock runs. */
    public static final List<DisputeStatus> OPEN = List.of(REQUESTED, ACCEPTED, MEDIATING, AGREEMENT, FAILED);

    private final List<String> actions;

    DisputeStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions (path segments under the case) allowed in this state. */
    public List<String> actions() {
        return actions;
    }
}

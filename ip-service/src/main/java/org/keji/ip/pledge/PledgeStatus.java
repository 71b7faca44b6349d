package org.keji.ip.pledge;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a patent pledge registration: REQUESTED (已受理，待审查), REGISTERED (已登记, in force), "
        + "REFUSED (不予登记), RELEASED (已注销)")
public enum PledgeStatus {
    REQUESTED(List.of("register", "refuse")),
    REGISTERED(List.of("release")),
    REFUSED(List.of()),
    RELEASED(List.of());

    private final List<String> actions;

    PledgeStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions (path segments under the pledge) allowed in this state. */
    public List<String> actions() {
        return actions;
    }
}

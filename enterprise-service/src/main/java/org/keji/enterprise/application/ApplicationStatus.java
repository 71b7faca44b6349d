package org.keji.enterprise.application;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a certification application: SUBMITTED (已受理，待形式审查), CORRECTION_REQUESTED (待补正, the clock "
        + "pauses), EXPERT_REVIEW (专家评审), PUBLICITY (公示), CERTIFIED (认定通过), REFUSED (不予认定), WITHDRAWN (已撤回)")
public enum ApplicationStatus {
    SUBMITTED(List.of("request-correction", "accept", "refuse", "withdraw")),
    CORRECTION_REQUESTED(List.of("resubmit", "refuse", "withdraw")),
    EXPERT_REVIEW(List.of("assign-experts", "expert-reviews", "start-publicity", "refuse", "withdraw")),
    PUBLICITY(List.of("objections", "resolve-objection", "certify", "refuse")),
    CERTIFIED(List.of()),
    REFUSED(List.of()),
    WITHDRAWN(List.of());

    /** The states of a running case. */
    public static final List<ApplicationStatus> OPEN = Arrays.stream(values()).filter(ApplicationStatus::open).toList();

    private final List<String> actions;

    ApplicationStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions (path segments under the application) allowed in this state. */
    public List<String> actions() {
        return actions;
    }

    /** Whether the case is still running (its clock and the one-open-application rule apply). */
    public boolean open() {
        return !actions.isEmpty();
    }
}

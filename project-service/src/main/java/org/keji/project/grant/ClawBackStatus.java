package org.keji.project.grant;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claw-back (追回) from its demand to the money received; each state lists the actions it allows. */
@Schema(description = "State of a claw-back: DEMANDED (已责令退回), RECEIVED (已收回)")
public enum ClawBackStatus {
    DEMANDED(List.of("confirm")),
    RECEIVED(List.of());

    private final List<String> actions;

    ClawBackStatus(List<String> actions) {
        this.actions = actions;
    }

    public List<String> actions() {
        return actions;
    }
}

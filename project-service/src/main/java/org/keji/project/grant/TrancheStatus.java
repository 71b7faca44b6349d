package org.keji.project.grant;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tranche (拨付批次) from scheduling to payment or cancellation; each state lists the actions it allows. */
@Schema(description = "State of a tranche: SCHEDULED (已安排，待拨付), PAID (已拨付), CANCELLED (已取消)")
public enum TrancheStatus {
    SCHEDULED(List.of("pay", "cancel")),
    PAID(List.of()),
    CANCELLED(List.of());

    private final List<String> actions;

    TrancheStatus(List<String> actions) {
        this.actions = actions;
    }

    public List<String> actions() {
        return actions;
    }
}

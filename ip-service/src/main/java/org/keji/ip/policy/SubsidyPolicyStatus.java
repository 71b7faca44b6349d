package org.keji.ip.policy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN (受理中: takes applications within its window), CLOSED (已关闭: takes no new applications)")
public enum SubsidyPolicyStatus {
    OPEN,
    CLOSED;

    /** The actions allowed in this state, as the 409 of an illegal one names them. */
    public List<String> allowedActions() {
        return this == OPEN ? List.of("update", "close") : List.of();
    }
}

package org.keji.project.expert;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert's assignment to an application: declare (回避声明) first, then score. */
@Schema(description = "State of an assignment: ASSIGNED (已抽取，待回避声明), ACCEPTED (已声明无利害关系，待评分), DECLINED "
        + "(已声明回避), SCORED (已评分)")
public enum AssignmentStatus {
    ASSIGNED(List.of("declaration")),
    ACCEPTED(List.of("scores")),
    DECLINED(List.of()),
    SCORED(List.of());

    private final List<String> actions;

    AssignmentStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions allowed in this state (path segments under {@code /api/v1/expert-assignments/{id}}). */
    public List<String> actions() {
        return actions;
    }
}

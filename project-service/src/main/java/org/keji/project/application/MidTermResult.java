package org.keji.project.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Result of a mid-term check (中期检查): PASSED (通过, the project stays ACTIVE), RECTIFICATION (限期整改, "
        + "with a due date), SUSPENSION (暂停), TERMINATION (终止)")
public enum MidTermResult {
    PASSED,
    RECTIFICATION,
    SUSPENSION,
    TERMINATION
}

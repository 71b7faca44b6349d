package org.keji.enterprise.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Overall result: ELIGIBLE (every condition passes, 符合), NOT_ELIGIBLE (a condition fails, 不符合), "
        + "INCOMPLETE (none fails but data is missing, 数据不全), NEEDS_REVIEW (none fails, nothing missing, some conditions "
        + "need expert judgement, 待专家评审)")
public enum Verdict {
    ELIGIBLE,
    NOT_ELIGIBLE,
    INCOMPLETE,
    NEEDS_REVIEW
}

package org.keji.enterprise.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Result of one condition: PASS (符合), FAIL (不符合), MANUAL (needs expert or officer judgement, 需人工判断), "
        + "MISSING_DATA (data the bureau does not hold yet, e.g. a year's figures, 数据缺失), NOT_APPLICABLE (a direct-pass "
        + "condition that does not hold, 不适用)")
public enum Outcome {
    PASS,
    FAIL,
    MANUAL,
    MISSING_DATA,
    NOT_APPLICABLE
}

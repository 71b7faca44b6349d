package org.keji.enterprise.incubator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentGrade", description = "Grade of a yearly assessment: `EXCELLENT` 优秀, `QUALIFIED` 合格, `UNQUALIFIED` 不合格 (sets a move-out deadline)", example = "QUALIFIED")
public enum AssessmentGrade {
    /** 优秀 */
    EXCELLENT,
    /** 合格 */
    QUALIFIED,
    /** 不合格: the tenant must move out within the configured number of months. */
    UNQUALIFIED
}

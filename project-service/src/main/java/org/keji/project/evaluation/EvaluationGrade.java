package org.keji.project.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Grade of a performance evaluation: EXCELLENT (优秀), GOOD (良好), PASS (合格), FAIL (不合格)")
public enum EvaluationGrade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}

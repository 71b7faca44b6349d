package org.keji.project.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a performance evaluation: DRAFT (填报中, editable with its version) or CONFIRMED (已确认, "
        + "graded by an officer; counted by the statistics, never edited again)")
public enum EvaluationStatus {
    DRAFT,
    CONFIRMED
}

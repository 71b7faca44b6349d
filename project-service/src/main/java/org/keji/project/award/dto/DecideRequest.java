package org.keji.project.award.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.award.AwardGrade;

@Schema(name = "DecideNominationRequest", description = "The decision (授奖决定): AWARDED with a grade, whose amount is the "
        + "one published for the nomination's year, or NOT_AWARDED with the reason", example = """
                {"outcome":"AWARDED","grade":"SECOND"}""")
public record DecideRequest(
        @Schema(description = "The outcome", required = true) @NotNull Outcome outcome,
        @Schema(description = "The grade awarded: required when AWARDED, absent otherwise", example = "SECOND") AwardGrade grade,
        @Schema(description = "Why it is not awarded: required when NOT_AWARDED", example = "创新性不足，经济社会效益未达到三等奖标准", maxLength = 1000) @Size(max = 1000) String reason) {

    @Schema(name = "NominationOutcome", description = "AWARDED (授奖) or NOT_AWARDED (不授奖)")
    public enum Outcome {
        AWARDED,
        NOT_AWARDED
    }
}

package org.keji.project.award.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.award.AwardGrade;

@Schema(name = "AwardGradeTerms", description = "One grade of a year as published: its fixed amount and an optional quota")
public record GradeTerms(
        @Schema(description = "The grade", example = "FIRST", required = true) @NotNull AwardGrade grade,
        @Schema(type = SchemaType.STRING, description = "Amount in yuan every award of this grade in the year pays (奖金), more than zero", example = "200000.00", required = true) @NotNull Money amount,
        @Schema(description = "At most this many awards of the grade in the year (名额); absent = no quota", example = "5", minimum = "1") @Min(1) @Max(10_000) Integer quota) {
}

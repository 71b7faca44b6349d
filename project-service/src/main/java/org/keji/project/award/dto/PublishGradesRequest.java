package org.keji.project.award.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishAwardGradesRequest", description = "The complete grade table of a year (年度奖励等级及奖金标准): "
        + "each grade at most once. Grades of the year not listed are withdrawn; a grade a decision references can be "
        + "neither changed nor withdrawn", example = """
                {"grades":[{"grade":"SPECIAL","amount":"500000.00","quota":1},{"grade":"FIRST","amount":"200000.00","quota":5},
                 {"grade":"SECOND","amount":"100000.00","quota":10},{"grade":"THIRD","amount":"50000.00"}]}""")
public record PublishGradesRequest(
        @Schema(description = "The year's grades", required = true) @NotEmpty @Size(max = 4) List<@Valid @NotNull GradeTerms> grades) {
}

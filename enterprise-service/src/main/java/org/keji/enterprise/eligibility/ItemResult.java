package org.keji.enterprise.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.Metric;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ScoreItemResult", description = "One item of a score: its points, or why there are none")
public record ItemResult(
        @Schema(example = "STAFF") String code,
        @Schema(example = "科技人员指标") String title,
        Outcome outcome,
        @Schema(description = "Points given; absent while experts have not scored a manual item", example = "16") Integer points,
        @Schema(example = "20") int max,
        @Schema(description = "Sub-minimum of the item, if any", example = "1") Integer minimum,
        @Schema(description = "The figure that gave the points (the best alternative)") Metric metric,
        @Schema(description = "Its value", example = "0.2500") String actual,
        String note) {
}

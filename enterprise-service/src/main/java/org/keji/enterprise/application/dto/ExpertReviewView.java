package org.keji.enterprise.application.dto;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertReview", description = "An expert's review (shown to bureau roles and to the expert)")
public record ExpertReviewView(
        @Schema(example = "expert-7") String expertId,
        @Schema(description = "Points by item code") Map<String, Integer> scores,
        String opinion,
        boolean recommended,
        OffsetDateTime submittedAt) {
}

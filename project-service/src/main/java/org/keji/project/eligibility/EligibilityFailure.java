package org.keji.project.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One condition of a call an enterprise does not meet. */
@Schema(description = "A condition of the call the enterprise does not meet, from the data the bureau holds")
public record EligibilityFailure(
        @Schema(description = "Stable name of the condition", example = "REGION_NOT_ELIGIBLE") String condition,
        @Schema(description = "What the call requires", example = "3301") String required,
        @Schema(description = "What the bureau's data shows", example = "330203") String actual) {
}

package org.keji.project.call.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.eligibility.EligibilityFailure;

@Schema(name = "CallEligibility", description = "Whether an enterprise meets a call's conditions today, from the data the "
        + "bureau holds (最多跑一次: nothing is asked of the applicant)")
public record CallEligibilityView(
        @Schema(description = "The call") UUID callId,
        @Schema(description = "Unified social credit code of the enterprise", example = "91330200MA2H8XYZ1K") String uscc,
        @Schema(description = "The day checked (the bureau's today)", example = "2027-03-10") LocalDate checkedOn,
        @Schema(description = "True when no condition fails", example = "false") boolean eligible,
        @Schema(description = "Each failing condition, named") List<EligibilityFailure> failures) {
}

package org.keji.ip.inspection.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "RecordInspectionRequest", description = "An enforcement inspection (执法检查) as the officer records it")
public record RecordInspectionRequest(
        @Schema(description = "GB/T 2260 region where the inspection took place; an officer records only within its region", example = "350102", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "Place inspected (address)", example = "福州市鼓楼区五四路158号环球广场一层", maxLength = 300, required = true) @NotBlank @Size(max = 300) String place,
        @Schema(description = "Day of the inspection, today or earlier", example = "2026-11-20", required = true) @NotNull @PastOrPresent LocalDate inspectedOn,
        @Schema(description = "Name of the party inspected (被检查人)", example = "福州鼓楼区优品电器商行", maxLength = 200, required = true) @NotBlank @Size(max = 200) String partyName,
        @Schema(description = "The party's unified social credit code, if it has one", example = "92350102MA2Y8H0C5W") @ValidUscc String partyUscc,
        @Schema(description = "Products inspected", required = true) @NotEmpty @Size(max = 200) List<@Valid @NotNull InspectedProduct> products,
        @Schema(description = "Problems found; empty when none") @Size(max = 200) List<@Valid @NotNull FoundProblem> problems,
        @Schema(description = "Follow-up decided on the spot; NONE when left out") @Valid FollowUpInput followUp) {
}

package org.keji.ip.annuity.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;

@Schema(name = "PublishAnnuityScheduleRequest", description = "A new version of the whole annuity table of one patent kind")
public record PublishAnnuityScheduleRequest(
        @Schema(description = "Patent kind: INVENTION, UTILITY_MODEL or DESIGN (PCT kinds pay as their base kind and have no schedule of their own)", example = "INVENTION", required = true) @NotNull PatentType patentType,
        @Schema(description = "First day the version applies (施行日期); the previous version of the kind applies before it", example = "2027-01-01", required = true) @NotNull LocalDate effectiveFrom,
        @Schema(description = "The notice that sets the fees (依据)", example = "国家知识产权局 专利收费标准（年费）", maxLength = 500, required = true) @NotBlank @Size(max = 500) String source,
        @Schema(description = "Bands of term years from year 1 to the last year of the kind's term (invention 20, utility model 10, design 15), in order, without gaps or overlaps", required = true) @NotEmpty @Size(max = 30) List<@Valid @NotNull AnnuityFeeBandRequest> bands) {
}

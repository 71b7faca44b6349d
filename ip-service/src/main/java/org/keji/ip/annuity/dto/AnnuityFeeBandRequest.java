package org.keji.ip.annuity.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "AnnuityFeeBandRequest", description = "The annuity of each year of a band of term years (第 fromYear–toYear 年，每年)")
public record AnnuityFeeBandRequest(
        @Schema(description = "First year of the term of the band (从第几年)", example = "1", minimum = "1", required = true) @NotNull @Min(1) @Max(30) Integer fromYear,
        @Schema(description = "Last year of the band, included (至第几年)", example = "3", minimum = "1", required = true) @NotNull @Min(1) @Max(30) Integer toYear,
        @Schema(type = SchemaType.STRING, description = "Annuity of each year of the band, yuan, two decimals (每年年费)", example = "900.00", required = true) @NotNull Money amount) {
}

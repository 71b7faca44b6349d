package org.keji.ip.annuity.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.ip.annuity.AnnuityFeeBand;

@Schema(name = "AnnuityFeeBand", description = "The annuity of each year of a band of term years")
public record AnnuityFeeBandView(
        @Schema(title = "起始年度", description = "First year of the term of the band", example = "1") int fromYear,
        @Schema(title = "终止年度", description = "Last year of the band, included", example = "3") int toYear,
        @Schema(title = "每年年费（元）", type = SchemaType.STRING, description = "Annuity of each year of the band, yuan", example = "900.00") Money amount) {

    public static AnnuityFeeBandView of(AnnuityFeeBand band) {
        return new AnnuityFeeBandView(band.fromYear(), band.toYear(), band.amount());
    }
}

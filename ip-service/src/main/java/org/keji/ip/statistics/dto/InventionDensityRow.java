package org.keji.ip.statistics.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The valid inventions of one region per 10 000 of its residents. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InventionDensityRow", description = "Valid invention patents of one region per 10 000 residents (每万人口发明专利拥有量)")
public record InventionDensityRow(
        @Schema(title = "行政区划代码", description = "Six-digit code of the region: its population figure is recorded under this code; the patents counted are those whose region lies under its prefix (350100 → 3501xx)", example = "350100") String region,
        @Schema(title = "合计行", description = "Whether this row is the region asked for as a whole (`region`, padded to six digits; 000000 for the whole country)") boolean total,
        @Schema(title = "有效发明专利数", description = "Granted INVENTION and PCT_INVENTION patents in force on 31 December of the year: granted on or before, not lapsed by then, term not ended", example = "7", minimum = "0") long validInventions,
        @Schema(title = "常住人口（人）", description = "Resident population of the region for the year; absent when none is recorded", example = "30000", minimum = "1") Long residents,
        @Schema(title = "每万人口发明专利拥有量", type = SchemaType.STRING, description = "validInventions × 10 000 / residents, exact, rounded half up once to two decimals; absent when no population is recorded (see reason)", example = "2.33") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perTenThousandResidents,
        @Schema(title = "说明", description = "Why perTenThousandResidents is absent: POPULATION_MISSING (no resident population of the region for the year in /api/v1/regional-populations)", example = "POPULATION_MISSING") String reason) {
}

package org.keji.project.award.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.award.AwardGrade;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The awards of one grade in one year, or the total row. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AwardTotalsRow", description = "The awards of one grade in one year; the total row (`total` true) has neither")
public record AwardTotalsRow(
        @Schema(title = "年度", description = "The award year", example = "2026") Integer year,
        @Schema(title = "等级", description = "The grade awarded") AwardGrade grade,
        @Schema(title = "合计行", description = "Whether this row totals every group") boolean total,
        @Schema(title = "授奖数", description = "Nominations awarded (AWARDED or PAID)", example = "12", minimum = "0") long awards,
        @Schema(title = "奖金合计（元）", type = SchemaType.STRING, description = "Exact sum of the awarded amounts, yuan", example = "1350000.00") Money amount,
        @Schema(title = "奖金合计（万元）", type = SchemaType.STRING, description = "The same sum in 10 000 yuan (万元), four decimals, rounded half up once from the exact sum", example = "135.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountTenThousandYuan,
        @Schema(title = "已拨付数", description = "Awards paid (PAID)", example = "9", minimum = "0") long paid,
        @Schema(title = "已拨付金额（元）", type = SchemaType.STRING, description = "Exact sum of the amounts paid, yuan", example = "950000.00") Money paidAmount) {
}

package org.keji.ip.annuity.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "PatentAnnuityYear", description = "One year of a patent's term and its annuity")
public record AnnuityYearView(
        @Schema(title = "年度", example = "4") int termYear,
        @Schema(title = "应缴日", description = "filing date + (termYear − 1) years", example = "2026-03-15") LocalDate dueOn,
        @Schema(title = "滞纳期届满日", description = "dueOn + 6 months", example = "2026-09-15") LocalDate graceEndsOn,
        @Schema(title = "状态") AnnuityYearStatus status,
        @Schema(title = "年费（元）", type = SchemaType.STRING, description = "PAID: the fee charged; DUE, IN_GRACE, LAPSED: the fee of the schedule in force today; null for PAID_AT_GRANT", example = "1200.00") Money fee,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(title = "滞纳金比例", type = SchemaType.STRING, description = "PAID: the rate charged; IN_GRACE: the rate if paid today; null otherwise", example = "0.10") BigDecimal surchargeRate,
        @Schema(title = "滞纳金（元）", type = SchemaType.STRING, description = "PAID: charged; IN_GRACE: if paid today; null otherwise", example = "120.00") Money surcharge,
        @Schema(title = "合计（元）", type = SchemaType.STRING, description = "PAID: paid; DUE and IN_GRACE: to pay today; null otherwise", example = "1320.00") Money total,
        @Schema(title = "缴费日", description = "PAID: the payment date", example = "2026-05-20") LocalDate paidOn,
        @Schema(title = "缴费记录", description = "PAID: the payment's id") UUID paymentId) {
}

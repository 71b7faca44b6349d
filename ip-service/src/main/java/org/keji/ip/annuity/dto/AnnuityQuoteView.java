package org.keji.ip.annuity.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "AnnuityQuote", description = "What paying one year's annuity on a given day costs, or that it can no longer be paid")
public record AnnuityQuoteView(
        @Schema(title = "专利类型", description = "Kind of the patent (from the application number when one was given)", example = "INVENTION") PatentType patentType,
        @Schema(title = "收费类型", description = "Kind whose schedule applies (a PCT kind pays as its base kind)", example = "INVENTION") PatentType scheduleKind,
        @Schema(title = "申请日", description = "Filing date", example = "2020-03-31") LocalDate filingDate,
        @Schema(title = "年度", description = "Year of the term the annuity is for", example = "7") int termYear,
        @Schema(title = "缴费日", description = "Payment date quoted", example = "2026-06-01") LocalDate paymentDate,
        @Schema(title = "应缴日", description = "Due date: the anniversary of filing that starts the year (filing + termYear − 1 years; 29 Feb → 28 Feb)", example = "2026-03-31") LocalDate dueOn,
        @Schema(title = "滞纳期届满日", description = "Last day of the 6-month grace: due + 6 months (day clamped to the month's end)", example = "2026-09-30") LocalDate graceEndsOn,
        @Schema(title = "滞纳月份", description = "0 paid on or before the due date; 1–6 the month of the grace (month k ends on due + k months, included); null when not payable", example = "3") Integer monthOfGrace,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(title = "滞纳金比例", type = SchemaType.STRING, description = "Surcharge as a fraction (a string, exact) of the year's annuity: 0.00 in month 0 and 1, then 0.05, 0.10, 0.15, 0.20, 0.25; null when not payable", example = "0.10") BigDecimal surchargeRate,
        @Schema(title = "年费（元）", type = SchemaType.STRING, description = "The year's annuity from the schedule in force on the payment date", example = "2000.00") Money fee,
        @Schema(title = "滞纳金（元）", type = SchemaType.STRING, description = "fee × surchargeRate, yuan, exact; null when not payable", example = "200.00") Money surcharge,
        @Schema(title = "合计（元）", type = SchemaType.STRING, description = "fee + surcharge; null when not payable", example = "2200.00") Money total,
        @Schema(title = "可缴纳", description = "False after the grace: the right has terminated (restoration may still be requested within 2 months of the notice)", example = "true") boolean payable,
        @Schema(title = "终止日", description = "When not payable, the day the right ended: the due date (专利权自应当缴纳年费期满之日起终止); null otherwise", example = "2026-03-31") LocalDate lapseEffectiveOn,
        @Schema(title = "年费标准版本", description = "Id of the schedule version used") UUID scheduleId,
        @Schema(title = "年费标准施行日期", description = "First day of the schedule version used", example = "2021-06-01") LocalDate scheduleEffectiveFrom) {
}

package org.keji.ip.annuity.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.ip.annuity.AnnuityPayment;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "AnnuityPayment", description = "One year's annuity paid for a patent, with the charge computed for the payment date")
public record AnnuityPaymentView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "专利标识") UUID patentId,
        @Schema(title = "年度", description = "Year of the term paid for", example = "4") int termYear,
        @Schema(title = "应缴日", description = "Due date of the year: filing date + (termYear − 1) years", example = "2026-03-15") LocalDate dueOn,
        @Schema(title = "缴费日", example = "2026-05-20") LocalDate paidOn,
        @Schema(title = "滞纳月份", description = "0 on time, 1–6 the month of the grace; a payment with a restoration request counts as month 6", example = "3") int monthOfGrace,
        @Schema(title = "年费（元）", type = SchemaType.STRING, description = "The year's annuity from the schedule in force on the payment date", example = "1200.00") Money fee,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(title = "滞纳金比例", type = SchemaType.STRING, description = "0.00, 0.05 … 0.25 of the annuity", example = "0.05") BigDecimal surchargeRate,
        @Schema(title = "滞纳金（元）", type = SchemaType.STRING, example = "60.00") Money surcharge,
        @Schema(title = "合计（元）", type = SchemaType.STRING, description = "fee + surcharge, the amount paid", example = "1260.00") Money total,
        @Schema(title = "恢复权利缴费", description = "Paid with a restoration request after an annuity lapse (the full 25 % surcharge)", example = "false") boolean restoration,
        @Schema(title = "年费标准版本", description = "Id of the schedule version the fee came from") UUID scheduleId,
        @Schema(title = "缴费收据", description = "Material id of the receipt, if one was referenced") UUID receiptMaterialId,
        @Schema(title = "登记人", example = "officer-350100") String recordedBy,
        @Schema(title = "登记时间", example = "2026-05-21T09:30:00+08:00") OffsetDateTime recordedAt) {

    public static AnnuityPaymentView of(AnnuityPayment p) {
        return new AnnuityPaymentView(p.id(), p.patentId(), p.termYear(), p.dueOn(), p.paidOn(), p.monthOfGrace(),
                p.fee(), p.surchargeRate(), p.surcharge(), p.total(), p.restoration(), p.scheduleId(),
                p.receiptMaterialId(), p.recordedBy(), p.recordedAt());
    }
}

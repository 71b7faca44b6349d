package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.incubator.SeedFundPayment;

@Schema(name = "SeedFundPayment", description = "A seed-fund payment (种子资金) to a tenant")
public record SeedFundPaymentView(
        @Schema(title = "标识", description = "Identifier", example = "9c7e4a1b-63f5-4e0e-8d1c-4b8e0f2a6d35") UUID id,
        @Schema(title = "在孵企业标识", description = "The tenant paid", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") UUID tenantId,
        @Schema(title = "拨付金额（元）", type = SchemaType.STRING, description = "Amount paid, yuan", example = "200000.00") Money amount,
        @Schema(title = "拨付日期", description = "Date of payment (拨付日期)", example = "2024-09-10") LocalDate paidOn,
        @Schema(title = "资金用途", description = "What the money is for (资金用途)", example = "样机研制及首批试产") String purpose,
        @Schema(title = "记录时间", description = "When it was recorded") OffsetDateTime createdAt) {

    public static SeedFundPaymentView of(SeedFundPayment p) {
        return new SeedFundPaymentView(p.id(), p.tenantId(), p.amount(), p.paidOn(), p.purpose(), p.createdAt());
    }
}

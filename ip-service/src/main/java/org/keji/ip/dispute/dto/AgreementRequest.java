package org.keji.ip.dispute.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisputeAgreementRequest", description = "The mediation agreement reached (调解协议)")
public record AgreementRequest(
        @Schema(description = "The signed agreement: a material of the requesting enterprise's wallet; none for a "
                + "person's case (the paper file stays with the bureau)", example = "5b2f8c1e-3d4a-4f6b-9c8d-7e6f5a4b3c2d") UUID materialId,
        @Schema(description = "The terms in short", example = "被请求人停止销售涉案产品，并于2026年12月31日前一次性支付赔偿金人民币十万元。", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String terms) {
}

package org.keji.ip.techcontract.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.money.Money;
import org.keji.ip.techcontract.ContractType;
import org.keji.ip.techcontract.DevelopmentKind;

@Schema(name = "SubmitTechnologyContractRequest", description = "A technology contract for registration (技术合同认定登记), "
        + "complete in one submission and filed by the seller / provider (卖方), or by an officer or integration on its "
        + "behalf")
public record SubmitTechnologyContractRequest(
        @Schema(description = "Type of the contract", required = true) @NotNull ContractType type,
        @Schema(description = "For DEVELOPMENT only: commissioned or cooperative development") DevelopmentKind developmentKind,
        @Schema(description = "Title of the contract", example = "高精度伺服电机控制算法委托开发合同", maxLength = 200, required = true) @NotBlank @Size(max = 200) String title,
        @Schema(description = "The seller / provider that applies (卖方); an applicant applies only for its own code", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String sellerUscc,
        @Schema(description = "Name of the seller", example = "福建闽科智能技术有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String sellerName,
        @Schema(description = "The buyer (买方)", required = true) @Valid @NotNull ContractParty buyer,
        @Schema(description = "The intermediary (中介方), if any") @Valid ContractParty intermediary,
        @Schema(description = "Signing date (签订日期)", example = "2026-10-15", required = true) @NotNull LocalDate signedOn,
        @Schema(description = "First day of the contract's term", example = "2026-11-01", required = true) @NotNull LocalDate termFrom,
        @Schema(description = "Last day of the contract's term, not before termFrom", example = "2027-10-31", required = true) @NotNull LocalDate termTo,
        @Schema(type = SchemaType.STRING, description = "Contract amount (合同成交额) in yuan, more than zero, two decimals, as a string", example = "1200000.00", required = true) @NotNull Money contractAmount,
        @Schema(type = SchemaType.STRING, description = "The technology-transaction part as the applicant states it (申报技术交易额), at most the contract amount; the officer decides the registered amount", example = "1000000.00") Money declaredTransactionAmount,
        @Schema(description = "GB/T 2260 region of the registration; by default the region coded in the seller's USCC (its 3rd to 8th characters). Officers' reach depends on it", example = "350100", pattern = "^\\d{6}$") @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "The contract text and other documents, each a material of the seller referenced by id", required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull ContractMaterialReference> materials) {
}

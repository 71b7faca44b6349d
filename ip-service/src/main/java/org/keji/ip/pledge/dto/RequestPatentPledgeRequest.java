package org.keji.ip.pledge.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.money.Money;

@Schema(name = "RequestPatentPledgeRequest", description = "A patent pledge registration request (专利权质押登记申请), "
        + "complete in one submission, filed by an officer, admin or integration client for the pledgor and its bank")
public record RequestPatentPledgeRequest(
        @Schema(description = "The borrower who pledges (出质人); it must hold every patent", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String pledgorUscc,
        @Schema(description = "The bank that takes the pledge", required = true) @Valid @NotNull PledgeeInput pledgee,
        @Schema(description = "The patents pledged, by application number in any accepted form (stored canonical), each once", example = "[\"202310123456.X\"]", required = true) @NotEmpty @Size(max = 50) List<@NotNull @ValidPatentApplicationNumber String> applicationNumbers,
        @Schema(type = SchemaType.STRING, description = "The principal debt secured (被担保的主债权数额), yuan, more than zero, two decimals, as a string", example = "5000000.00", required = true) @NotNull Money securedAmount,
        @Schema(description = "First day of the secured debt's term (债务履行期限起)", example = "2026-12-01", required = true) @NotNull LocalDate debtTermStart,
        @Schema(description = "Last day of the secured debt's term, not before its start; it may not reach beyond any patent's term", example = "2029-11-30", required = true) @NotNull LocalDate debtTermEnd,
        @Schema(description = "For co-owned patents, the consent of every co-holder other than the pledgor", example = "[]") @Size(max = 50) List<@Valid @NotNull CoHolderConsentInput> coHolderConsents,
        @Schema(description = "The pledge contract (专利权质押合同), a material of the pledgor's wallet referenced by id", example = "7b1e4c2a-5d3f-4a8b-9e6c-2f1d0a9b8c7e", required = true) @NotNull UUID contractMaterialId,
        @Schema(description = "The bank's reference of the secured loan (贷款编号), if any", example = "FZ-KJD-2026-0042", maxLength = 64) @Size(max = 64) String loanReference,
        @Schema(description = "GB/T 2260 region of the case; by default the region coded in the pledgor's USCC (its 3rd to 8th characters). Officers' reach depends on it", example = "350100", pattern = "^\\d{6}$") @Pattern(regexp = "\\d{6}") String region) {
}

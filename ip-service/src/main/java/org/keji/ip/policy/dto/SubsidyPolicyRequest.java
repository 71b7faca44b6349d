package org.keji.ip.policy.dto;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.ip.policy.EligibleStatus;
import org.keji.ip.policy.SubsidyPolicyKind;

@Schema(name = "SubsidyPolicyRequest", description = "A patent subsidy or grant-reward policy (专利资助 / 授权奖励政策): to create one, or "
        + "to replace the terms of an open one (with `version`)")
public record SubsidyPolicyRequest(
        @Schema(description = "Business code of the policy, unique; fixed once created (政策编号)", example = "FZ-2026-GRANT", pattern = "^[A-Z0-9][A-Z0-9-]{2,39}$", required = true) @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}") String code,
        @Schema(description = "Name of the policy (政策名称)", example = "福州市2026年度发明专利授权奖励", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Policy year (年度)", example = "2026", required = true) @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "GB/T 2260 region of the issuing authority; the policy applies to patents and enterprises of this region prefix (350100 → 3501xx, 000000 → everywhere). An officer may only use a region within its own.", example = "350100", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(required = true) @NotNull SubsidyPolicyKind kind,
        @Schema(description = "Amount per patent type, yuan, more than zero (资助标准), keyed by INVENTION, UTILITY_MODEL, DESIGN, PCT_INVENTION, PCT_UTILITY_MODEL; a type left out is not eligible (an unknown key answers 400 MALFORMED_REQUEST)", example = "{\"INVENTION\": \"5000.00\", \"PCT_INVENTION\": \"5000.00\"}", required = true) @NotEmpty Map<@NotNull PatentType, @NotNull Money> amounts,
        @Schema(type = SchemaType.STRING, description = "Most an enterprise may receive under the policy in its year, yuan (每企业年度资助上限); leave out for no cap", example = "200000.00") Money capAmount,
        @Schema(description = "Most patents of one enterprise funded under the policy in its year (每企业年度资助件数上限); leave out for no cap", example = "50", minimum = "1") @Min(1) @Max(1_000_000) Integer capCount,
        @Schema(required = true) @NotNull EligibleStatus eligibleStatus,
        @Schema(description = "First day applications are taken (申报开始日期)", example = "2026-03-01", required = true) @NotNull LocalDate applicationFrom,
        @Schema(description = "Last day applications are taken, included (申报截止日期)", example = "2026-11-30", required = true) @NotNull LocalDate applicationTo,
        @Schema(description = "Matter code of the subsidy application (事项编码) that its cases will carry", example = "330217009000", maxLength = 40, required = true) @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z-]+") String matterCode,
        @Schema(description = "Promised time limit of a case, working days (承诺时限)", example = "15", minimum = "1", required = true) @NotNull @Min(1) @Max(365) Integer promisedWorkingDays,
        @Schema(description = "Legal time limit of a case, working days, not shorter than the promise (法定时限)", example = "20", minimum = "1", required = true) @NotNull @Min(1) @Max(365) Integer legalWorkingDays,
        @Schema(type = SchemaType.STRING, description = "Total budget of the policy, yuan (资金总额); leave out when not fixed", example = "3000000.00") Money budget,
        @Schema(description = "On a replacement, the version the change is based on (or send If-Match); ignored on creation", example = "0") Long version) {
}

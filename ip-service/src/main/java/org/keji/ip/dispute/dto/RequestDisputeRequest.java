package org.keji.ip.dispute.dto;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.ip.dispute.DisputeCategory;
import org.keji.ip.dispute.DisputeKind;

@Schema(name = "RequestDisputeRequest", description = "A request for patent dispute mediation (专利纠纷调解请求) or "
        + "rights-protection assistance (维权援助申请)")
public record RequestDisputeRequest(
        @Schema(required = true) @NotNull DisputeCategory category,
        @Schema(required = true) @NotNull DisputeKind kind,
        @Schema(required = true) @Valid @NotNull RequesterInput requester,
        @Schema(description = "The parties the request is against, 1 to 20", required = true) @Valid @NotEmpty @Size(max = 20) List<@NotNull RespondentInput> respondents,
        @Schema(description = "Application numbers of the patents concerned (check character verified; CN/ZL prefixes "
                + "accepted, stored canonical), 1 to 50; a patent need not be registered in this service", example = "[\"202310123456.6\"]", required = true) @NotEmpty @Size(max = 50) List<@NotBlank @ValidPatentApplicationNumber String> patents,
        @Schema(description = "The claim (请求事项及理由)", example = "被请求人未经许可制造、销售落入本专利权利要求1保护范围的产品，请求调解并停止侵权、赔偿损失。", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String claimSummary,
        @Schema(description = "Evidence: ids of materials in the requesting enterprise's wallet (uploaded once, never "
                + "again); a person has no wallet and gives none here") @Size(max = 50) List<@NotNull UUID> evidence,
        @Schema(description = "Six-digit GB/T 2260 region of the case; by default the registering region in the "
                + "requesting enterprise's code (its 3rd to 8th characters); required for a person", example = "350100") @Pattern(regexp = "\\d{6}") String region) {
}

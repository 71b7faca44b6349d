package org.keji.ip.pledge.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefusePledgeRequest", description = "The officer's reasons, added to the grounds the checks find at the refusal")
public record RefusePledgeRequest(
        @Schema(description = "The officer's reasons in words, shown with the grounds", example = "[\"质押合同未载明被担保债权数额\"]", required = true) @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons) {
}

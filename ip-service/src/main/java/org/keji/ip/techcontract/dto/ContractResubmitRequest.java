package org.keji.ip.techcontract.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractResubmitRequest", description = "The materials of the registration, now complete")
public record ContractResubmitRequest(
        @Schema(description = "All materials, each a material of the seller referenced by id", required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull ContractMaterialReference> materials) {
}

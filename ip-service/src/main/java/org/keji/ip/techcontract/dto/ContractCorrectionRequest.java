package org.keji.ip.techcontract.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractCorrectionRequest", description = "What review found missing (补正材料清单), all in one list")
public record ContractCorrectionRequest(
        @Schema(description = "The missing materials", example = "[\"合同双方盖章页\", \"技术开发计划书\"]", required = true) @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> missingMaterials) {
}

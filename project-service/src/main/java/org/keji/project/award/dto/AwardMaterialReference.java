package org.keji.project.award.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardMaterialReference", description = "A material of a nomination (提名书, 成果鉴定证书, 应用证明, 知识产权证明): "
        + "what it is and the id of a document in the enterprise's materials, uploaded once and never asked for again")
public record AwardMaterialReference(
        @Schema(description = "What the material is", example = "科技成果评价报告", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Id of a material of the enterprise (/api/v1/enterprises/{uscc}/materials)", example = "3f1c2a9e-6b7d-4c1e-9a55-1f0e2d3c4b5a", required = true) @NotNull UUID materialId) {
}

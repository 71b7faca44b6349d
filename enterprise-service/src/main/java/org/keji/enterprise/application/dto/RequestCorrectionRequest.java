package org.keji.enterprise.application.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequestCorrectionRequest", description = "What formal review found missing (补正材料清单), all in one list")
public record RequestCorrectionRequest(
        @Schema(description = "The missing materials", example = "[\"研发项目立项报告\", \"知识产权证明材料\"]", required = true) @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> missingMaterials) {
}

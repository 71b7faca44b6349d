package org.keji.ip.subsidy.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubsidyCorrectionRequest", description = "What review found missing (补正材料清单), all in one list")
public record SubsidyCorrectionRequest(
        @Schema(description = "The missing materials", example = "[\"专利授权通知书\", \"企业银行开户许可证\"]", required = true) @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> missingMaterials) {
}

package org.keji.ip.subsidy.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubsidyMaterialReference", description = "A material of a subsidy application (the official fee receipt, "
        + "the grant certificate, a bank account certificate): what it is and the id of a document in the applicant's "
        + "materials, uploaded once and never asked for again")
public record SubsidyMaterialReference(
        @Schema(description = "What the material is", example = "专利申请费缴费收据", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Id of a material of the applicant (its materials, /api/v1/enterprises/{uscc}/materials)", example = "3f1c2a9e-6b7d-4c1e-9a55-1f0e2d3c4b5a", required = true) @NotNull UUID materialId) {
}

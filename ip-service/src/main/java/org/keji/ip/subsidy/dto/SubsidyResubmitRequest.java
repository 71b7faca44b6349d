package org.keji.ip.subsidy.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubsidyResubmitRequest", description = "The complete list of materials after a correction, the missing ones added")
public record SubsidyResubmitRequest(
        @Schema(description = "Every material of the application, each a material of the applicant referenced by id", required = true) @NotEmpty @Size(max = 20) List<@Valid @NotNull SubsidyMaterialReference> materials) {
}

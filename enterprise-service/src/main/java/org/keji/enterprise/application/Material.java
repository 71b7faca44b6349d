package org.keji.enterprise.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A material handed in with an application: its name and where the electronic document is kept. */
@Schema(name = "Material", description = "A material of an application (申报材料); electronic documents have the force of paper")
public record Material(
        @Schema(description = "Name of the material", example = "知识产权证明材料", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Reference of the electronic document (e.g. its id in the document store or an e-licence number)", example = "doc-7f3a9c", maxLength = 500, required = true) @NotBlank @Size(max = 500) String reference) {
}

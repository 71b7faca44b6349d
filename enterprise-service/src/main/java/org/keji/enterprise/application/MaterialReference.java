package org.keji.enterprise.application;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A material handed in with an application: the required material it answers and the document from the enterprise's
 * wallet (uploaded once, {@code POST /api/v1/enterprises/{uscc}/materials}), never the document again.
 */
@Schema(name = "MaterialReference", description = "A material of an application (申报材料): the required material it answers and the id of a document in the enterprise's materials")
public record MaterialReference(
        @Schema(description = "Name of the required material it answers", example = "知识产权证明材料", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Id of a material of the applying enterprise (its materials, /api/v1/enterprises/{uscc}/materials)", required = true) @NotNull UUID materialId) {
}

package org.keji.enterprise.registry.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckDigitOverride", description = "An officer's or admin's acceptance of a code that fails only its "
        + "check character (one of the real early pilot codes); the syntax is checked all the same")
public record CheckDigitOverride(
        @Schema(description = "Why the code is accepted, e.g. the licence it was read from", example = "营业执照原件核验：早期试点代码", maxLength = 500, required = true) @NotBlank @Size(max = 500) String reason) {
}

package org.keji.enterprise.application.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.application.MaterialReference;

@Schema(name = "ResubmitRequest", description = "The materials of the application, now complete")
public record ResubmitRequest(
        @Schema(required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull MaterialReference> materials) {
}

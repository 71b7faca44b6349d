package org.keji.ip.dispute.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "DisputeRespondent", description = "A party the request is against (被请求人)")
public record RespondentInput(
        @Schema(description = "Name of the enterprise or person", example = "厦门某某科技有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Unified social credit code, when an enterprise", example = "91350200M000200Y21") @ValidUscc String uscc,
        @Schema(description = "Six-digit GB/T 2260 region where it is, when known", example = "350200") @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "Phone or other contact; masked in every answer except to an officer or admin reading the case", example = "13805912345", maxLength = 50) @Size(max = 50) String contact) {
}

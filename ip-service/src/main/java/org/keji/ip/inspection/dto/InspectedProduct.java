package org.keji.ip.inspection.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidPatentApplicationNumber;

@Schema(name = "InspectedProduct", description = "A product looked at in an inspection")
public record InspectedProduct(
        @Schema(description = "Product name", example = "智能电动牙刷", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Model (型号)", example = "DT-300", maxLength = 100) @Size(max = 100) String model,
        @Schema(description = "Quantity inspected", example = "120", minimum = "0") @Min(0) @Max(100_000_000) Integer quantity,
        @Schema(description = "The patent number printed on the product or its packaging (专利标识), if any: an application number with its check digit, optionally with a CN or ZL prefix; stored in its canonical form", example = "ZL202310123456.6", maxLength = 30) @Size(max = 30) @ValidPatentApplicationNumber String patentMarking) {
}

package org.keji.ip.inspection.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.inspection.ProblemType;

@Schema(name = "FoundProblem", description = "A problem found in an inspection")
public record FoundProblem(
        @Schema(title = "问题类型", required = true) @NotNull ProblemType type,
        @Schema(title = "涉及产品序号", description = "Index (from 0) of the product in `products` it concerns, if one", example = "0", minimum = "0") @Min(0) Integer productIndex,
        @Schema(title = "问题描述", description = "What was found", example = "包装标注专利号 ZL202310123456.6，经核该专利已因未缴年费终止", maxLength = 2000, required = true) @NotBlank @Size(max = 2000) String description) {
}

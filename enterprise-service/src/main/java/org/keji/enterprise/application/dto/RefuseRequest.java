package org.keji.enterprise.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefuseRequest", description = "Why the application is refused; the applicant sees it")
public record RefuseRequest(
        @Schema(example = "近三年研究开发费用占比不符合要求", maxLength = 1000, required = true) @NotBlank @Size(max = 1000) String reason) {
}

package org.keji.enterprise.application.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignExpertsRequest", description = "Experts to add to the review (their token subjects)")
public record AssignExpertsRequest(
        @Schema(example = "[\"expert-7\", \"expert-12\"]", required = true) @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> expertIds) {
}

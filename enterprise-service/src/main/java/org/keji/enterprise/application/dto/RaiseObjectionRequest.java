package org.keji.enterprise.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RaiseObjectionRequest", description = "An objection received during publicity")
public record RaiseObjectionRequest(
        @Schema(description = "What is objected, and by whom if known", example = "举报该企业研发人员数据不实", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String content) {
}

package org.keji.project.application.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptanceRectification", description = "The one acceptance rectification (验收整改) and its due date")
public record RectificationRequest(
        @Schema(description = "Due date, after today and at most the configured months (3) from today", example = "2029-03-31", required = true) @NotNull LocalDate dueOn) {
}

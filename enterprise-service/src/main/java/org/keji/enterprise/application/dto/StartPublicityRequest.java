package org.keji.enterprise.application.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartPublicityRequest", description = "When the publicity starts; it lasts the type's publicity working days")
public record StartPublicityRequest(
        @Schema(description = "First day of publicity; today when absent (a non-working day moves to the next working day)", example = "2026-12-01") @FutureOrPresent LocalDate publicityFrom) {
}

package org.keji.enterprise.compliance.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.compliance.ViolationKind;
import org.keji.enterprise.compliance.ViolationSeverity;

@Schema(name = "RecordViolationRequest", description = "A violation or credit record decided by another authority")
public record RecordViolationRequest(
        @Schema(required = true) @NotNull ViolationKind kind,
        @Schema(required = true) @NotNull ViolationSeverity severity,
        @Schema(description = "When it occurred, or for a listing when the enterprise was listed", example = "2025-06-30", required = true) @NotNull @PastOrPresent LocalDate occurredOn,
        @Schema(description = "The deciding authority", example = "福州市生态环境局", maxLength = 200, required = true) @NotBlank @Size(max = 200) String authority,
        @Schema(description = "What happened", example = "超标排放，处罚决定书榕环罚〔2025〕12号", maxLength = 2000, required = true) @NotBlank @Size(max = 2000) String description,
        @Schema(description = "For a DISHONESTY listing, the last day it is listed; empty while open-ended", example = "2027-06-30") LocalDate listedUntil) {
}

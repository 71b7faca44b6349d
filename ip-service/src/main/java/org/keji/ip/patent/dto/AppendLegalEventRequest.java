package org.keji.ip.patent.dto;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.patent.LegalEventKind;

@Schema(name = "AppendPatentLegalEventRequest", description = "One legal-status event to append to a patent's log")
public record AppendLegalEventRequest(
        @Schema(required = true, description = "The event; FILED is written by the registration itself") @NotNull LegalEventKind kind,
        @Schema(description = "The day the event takes effect (for RESTORED: the day restoration was requested, within 2 months of the lapse notice)", example = "2024-06-01", required = true) @NotNull @PastOrPresent LocalDate effectiveDate,
        @Schema(description = "Details the kind needs (grant number, notice date, new holders, reason)") @Valid LegalEventDetails details,
        @Schema(description = "The patent's version this event is based on (optional); a stale one answers 409 VERSION_CONFLICT", example = "1") @PositiveOrZero Long version) {
}

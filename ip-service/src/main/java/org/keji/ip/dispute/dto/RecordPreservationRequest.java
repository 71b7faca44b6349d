package org.keji.ip.dispute.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.ip.dispute.PreservationKind;

@Schema(name = "RecordPreservationRequest", description = "A court's preservation order on patents (保全裁定) as served on "
        + "the bureau")
public record RecordPreservationRequest(
        @Schema(required = true) @NotNull PreservationKind kind,
        @Schema(description = "The court", example = "福州市中级人民法院", maxLength = 200, required = true) @NotBlank @Size(max = 200) String court,
        @Schema(description = "The order's number (裁定书文号)", example = "（2026）闽01财保12号", maxLength = 100, required = true) @NotBlank @Size(max = 100) String orderNumber,
        @Schema(description = "Application numbers of the patents held, 1 to 50", example = "[\"202310123456.6\"]", required = true) @NotEmpty @Size(max = 50) List<@NotBlank @ValidPatentApplicationNumber String> patents,
        @Schema(description = "First day in force", example = "2026-03-01", required = true) @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day in force", example = "2029-02-28", required = true) @NotNull LocalDate effectiveUntil,
        @Schema(description = "Six-digit GB/T 2260 region of the bureau that records it", example = "350100", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "The dispute case it belongs to, if any") UUID disputeId) {
}

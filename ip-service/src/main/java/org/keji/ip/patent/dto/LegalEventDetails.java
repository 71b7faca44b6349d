package org.keji.ip.patent.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatentLegalEventDetails", description = "What the event records beyond its kind and date; which members a kind needs is said on each")
public record LegalEventDetails(
        @Schema(description = "GRANTED: the grant number, `ZL` + the application number (filled in when omitted)", example = "ZL202310123456.6") @Size(max = 16) String grantNumber,
        @Schema(description = "ANNUITY_LAPSED: the date of the termination notice (缴费通知/终止通知发文日); the restoration window is 2 months from it", example = "2025-09-10") LocalDate noticeDate,
        @Schema(description = "Free text: the lapse, abandonment or invalidation reason, the decision number", example = "第12号无效宣告请求审查决定", maxLength = 500) @Size(max = 500) String reason,
        @Schema(description = "TRANSFERRED: the new holders, replacing the current ones, shares summing to exactly 100.00; FILED: the holders at registration") @Size(max = 50) List<@NotNull @Valid HolderInput> newHolders) {

    public static final LegalEventDetails NONE = new LegalEventDetails(null, null, null, null);
}

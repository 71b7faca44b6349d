package org.keji.enterprise.ipholding.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.identifier.PatentType;
import org.keji.enterprise.ipholding.IpHolding;
import org.keji.enterprise.ipholding.IpHoldingStatus;

@Schema(name = "IpHolding", description = "A patent an enterprise holds, as enterprise-service knows it from ip events (read-only)")
public record IpHoldingView(
        @Schema(description = "Patent application number, canonical form (申请号)", example = "202310123456.6") String applicationNumber,
        @Schema(description = "Unified social credit code of the current holder (专利权人)", example = "91350100M000100Y43") String holderUscc,
        @Schema(description = "Kind of patent, from the type digit of the application number", example = "INVENTION") PatentType patentType,
        @Schema(description = "Class in certification scoring: inventions (incl. PCT) are CLASS_I, the rest CLASS_II", example = "CLASS_I") IpClass ipClass,
        @Schema(description = "Title of the invention or design; absent until the grant is known", example = "一种锂电池极片涂布方法") String title,
        @Schema(description = "Date of the grant announcement (授权公告日); absent until the grant is known", example = "2024-06-18") LocalDate grantedOn,
        @Schema(description = "Patent number (专利号): ZL + the application number; absent until the grant is known", example = "ZL202310123456.6") String grantNumber,
        @Schema(description = "Whether the patent is still in force", example = "ACTIVE") IpHoldingStatus status,
        @Schema(description = "First day the right is no longer in force; only when LAPSED", example = "2026-01-05") LocalDate lapsedOn,
        @Schema(description = "Why the right ended; only when LAPSED", example = "ANNUITY_UNPAID") LapseReason lapseReason,
        @Schema(description = "Since when the current holder holds it: the grant date, or the transfer date for a holder that acquired it", example = "2024-06-18") LocalDate heldSince,
        @Schema(description = "Number of ip events applied to this holding", example = "1") int revision,
        @Schema(description = "When the last event was applied") OffsetDateTime updatedAt) {

    public static IpHoldingView of(IpHolding h) {
        return new IpHoldingView(h.applicationNumber(), h.holderUscc(), h.patentType(), h.ipClass(), h.title(),
                h.grantedOn(), h.grantNumber(), h.status(), h.lapsedOn(), h.lapseReason(), h.heldSince(),
                h.revision(), h.updatedAt());
    }
}

package org.keji.enterprise.certification.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.RevocationGround;

@Schema(name = "RevokeCertificationRequest", description = "Revokes a certificate under re-check (撤销资格) and names the year from which tax benefits are clawed back")
public record RevokeCertificationRequest(
        @Schema(description = "Ground (第十九条): `FRAUD` 严重弄虚作假, `MAJOR_INCIDENT` 重大安全、质量事故或严重环境违法, `UNREPORTED_CHANGE` 未按期报告重大变化, `MISSING_ANNUAL_REPORTS` 累计两年未填报年度报表", example = "MISSING_ANNUAL_REPORTS", required = true) @NotNull RevocationGround ground,
        @Schema(description = "The officer's reasoning", example = "2025、2026年度发展情况报表均未填报", maxLength = 2000, required = true) @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "First year whose tax benefits are clawed back (追缴起始年度); within the validity years", example = "2026", required = true) @NotNull Integer clawbackFromYear,
        @Schema(description = "The version this action is based on, as last read (stale → 409 VERSION_CONFLICT); required unless If-Match is sent", example = "1") @PositiveOrZero Long version) {
}

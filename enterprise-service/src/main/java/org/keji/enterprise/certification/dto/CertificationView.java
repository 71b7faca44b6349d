package org.keji.enterprise.certification.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;
import org.keji.enterprise.certification.Certification;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationStatus;
import org.keji.enterprise.certification.RevocationGround;

@Schema(name = "Certification", description = "A certificate an enterprise holds, with its annual reports, re-check and revocation")
public record CertificationView(
        @Schema(title = "标识", description = "Identifier", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(title = "统一社会信用代码", description = "Holder's unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "认定类型", description = "Certification type code", example = "HNTE") String certificationType,
        @Schema(title = "证书编号", description = "Certificate number as printed (证书编号)", example = "GR202535000123") String certificateNumber,
        @Schema(title = "发证日期", description = "First day of validity (发证日期)", example = "2025-12-01") LocalDate validFrom,
        @Schema(title = "有效期至", description = "Last day of validity", example = "2028-11-30") LocalDate validTo,
        @Schema(title = "状态", description = "Status: `ACTIVE` 有效, `UNDER_RECHECK` 复核中, `REVOKED` 已撤销, `EXPIRED` 已过期", example = "ACTIVE") CertificationStatus status,
        @Schema(title = "认定时行政区划代码", description = "Region of the holder when certified", example = "350100") String region,
        @Schema(title = "来源", description = "`GRANTED` by an application handled here, `IMPORTED` when entered from before", example = "IMPORTED") CertificationOrigin origin,
        @Schema(title = "须报送年报", description = "Whether the holder files an annual report (年度发展情况报表) by 31 May each year", example = "true") boolean annualReportRequired,
        @Schema(title = "应报年报年度", description = "Years the certificate reports on: from the year of validFrom, every year whose report is due (31 May of the next year) within the validity", example = "[2025, 2026, 2027]") List<Integer> annualReportYearsOwed,
        @Schema(title = "已报年报年度", description = "Years whose annual report was filed", example = "[2025]") List<Integer> annualReportsFiled,
        @Schema(title = "年报缺报年度", description = "Years whose annual report is due and was not filed (年报缺报), as of today in Asia/Shanghai; a report due on 31 May is missing from 1 June", example = "[2026]") List<Integer> missingAnnualReports,
        @Schema(title = "复核原因", description = "Why the last re-check (复核) was started; null if never re-checked", example = "举报研发费用归集不实") String recheckReason,
        @Schema(title = "复核开始日期", description = "When the last re-check started", example = "2026-03-02") LocalDate recheckStartedOn,
        @Schema(title = "复核通过日期", description = "When the last re-check was cleared (复核通过)", example = "2026-04-02") LocalDate recheckClearedOn,
        @Schema(title = "撤销日期", description = "When it was revoked (撤销日期), when revoked", example = "2026-06-05") LocalDate revokedOn,
        @Schema(title = "撤销依据", description = "Ground of the revocation, when revoked") RevocationGround revocationGround,
        @Schema(title = "撤销原因", description = "Reason given for the revocation, when revoked", example = "累计两年未填报年度发展情况报表") String revocationReason,
        @Schema(title = "追缴税收优惠起始年度", description = "First year whose tax benefits are clawed back (追缴税收优惠起始年度), when revoked", example = "2026") Integer clawbackFromYear,
        @Schema(title = "到期日期", description = "When the expiry was recorded, when expired", example = "2028-12-01") LocalDate expiredOn,
        @Schema(title = "可执行操作", description = "Actions allowed in the current status", example = "[\"annual-report\", \"change-report\", \"recheck\"]") List<String> allowedActions,
        @Schema(title = "创建时间", description = "When the certificate was entered in the system") OffsetDateTime createdAt,
        @Schema(title = "更新时间", description = "When it last changed") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version, also the ETag, for `version` or If-Match on an action", example = "0") long version,
        @NotExported @Schema(title = "核验码", description = "Verification code (电子证照核验码) anyone can check the certificate with at `POST /public/v1/certificate-verifications`; only in the holder's view of one certificate (its applicant, an officer of its region, an admin), null otherwise and in every list", example = "7K3M-Q9TX-2C4H-V8NR") String verificationCode) {

    /** The view as of {@code today} (which annual reports are missing depends on the day), without the code. */
    public static CertificationView of(Certification c, LocalDate today) {
        return of(c, today, null);
    }

    /** The view as of {@code today} with the verification code shown to the holder (null for anyone else). */
    public static CertificationView of(Certification c, LocalDate today, String verificationCode) {
        return new CertificationView(c.id(), c.uscc(), c.certificationType(), c.certificateNumber(), c.validFrom(),
                c.validTo(), c.status(), c.region(), c.origin(), c.annualReportRequired(), c.annualReportYearsOwed(),
                c.annualReportYears(), c.missingAnnualReports(today), c.recheckReason(), c.recheckStartedOn(),
                c.recheckClearedOn(), c.revokedOn(), c.revocationGround(), c.revocationReason(),
                c.clawbackFromYear(), c.expiredOn(), c.allowedActions(), c.createdAt(), c.updatedAt(), c.version(),
                verificationCode);
    }
}

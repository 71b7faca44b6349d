package org.keji.enterprise.certification.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.certification.CertificationType;

@Schema(name = "CertificationType", description = "A kind of certification the bureau handles, with the numbers of its procedure")
public record CertificationTypeView(
        @Schema(description = "Code used everywhere else", example = "HNTE") String code,
        @Schema(example = "高新技术企业") String name,
        @Schema(example = "High and new technology enterprise") String nameEn,
        CertificationLevel level,
        @Schema(description = "Matter code (事项编码) carried by every case of this type", example = "KJ-ENT-HNTE") String matterCode,
        @Schema(description = "Years a certificate is valid", example = "3") int validityYears,
        @Schema(description = "Working days of publicity (公示) before a decision", example = "10") int publicityWorkingDays,
        @Schema(description = "Promised time limit (承诺时限) of an application, in working days", example = "60") int promisedWorkingDays,
        @Schema(description = "Legal time limit (法定时限) of an application, in working days; at least the promised one", example = "60") int legalWorkingDays,
        @Schema(description = "Whether holders file an annual report by 31 May", example = "true") boolean annualReportRequired) {

    public static CertificationTypeView of(CertificationType t) {
        return new CertificationTypeView(t.code(), t.name(), t.nameEn(), t.level(), t.matterCode(), t.validityYears(),
                t.publicityWorkingDays(), t.promisedWorkingDays(), t.legalWorkingDays(),
                t.annualReportRequired());
    }
}

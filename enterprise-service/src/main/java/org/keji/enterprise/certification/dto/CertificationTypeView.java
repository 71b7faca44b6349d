package org.keji.enterprise.certification.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.certification.CertificationType;

@Schema(name = "CertificationType", description = "A kind of certification the bureau handles, with the numbers of its procedure")
public record CertificationTypeView(
        @Schema(title = "代码", description = "Code used everywhere else", example = "HNTE") String code,
        @Schema(title = "名称", example = "高新技术企业") String name,
        @Schema(title = "英文名称", example = "High and new technology enterprise") String nameEn,
        @Schema(title = "级别") CertificationLevel level,
        @Schema(title = "事项编码", description = "Matter code (事项编码) carried by every case of this type", example = "KJ-ENT-HNTE") String matterCode,
        @Schema(title = "有效期（年）", description = "Years a certificate is valid", example = "3") int validityYears,
        @Schema(title = "公示工作日", description = "Working days of publicity (公示) before a decision", example = "10") int publicityWorkingDays,
        @Schema(title = "承诺办结工作日", description = "Promised time limit (承诺时限) of an application, in working days", example = "60") int promisedWorkingDays,
        @Schema(title = "法定办结工作日", description = "Legal time limit (法定时限) of an application, in working days; at least the promised one", example = "60") int legalWorkingDays,
        @Schema(title = "须报送年报", description = "Whether holders file an annual report by 31 May", example = "true") boolean annualReportRequired) {

    public static CertificationTypeView of(CertificationType t) {
        return new CertificationTypeView(t.code(), t.name(), t.nameEn(), t.level(), t.matterCode(), t.validityYears(),
                t.publicityWorkingDays(), t.promisedWorkingDays(), t.legalWorkingDays(),
                t.annualReportRequired());
    }
}

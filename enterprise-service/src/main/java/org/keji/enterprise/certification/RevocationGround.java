package org.keji.enterprise.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a certificate is revoked after a re-check: the grounds of 高新技术企业认定管理办法 第十九条. */
@Schema(description = "Ground of a revocation (撤销理由, 高新技术企业认定管理办法 第十九条): FRAUD (申请认定过程中存在严重弄虚作假行为), "
        + "MAJOR_INCIDENT (发生重大安全、重大质量事故或有严重环境违法行为), UNREPORTED_CHANGE (未按期报告与认定条件有关的重大变化情况), "
        + "MISSING_ANNUAL_REPORTS (累计两年未填报年度发展情况报表; needs at least two missing annual reports)")
public enum RevocationGround {
    FRAUD,
    MAJOR_INCIDENT,
    UNREPORTED_CHANGE,
    MISSING_ANNUAL_REPORTS
}

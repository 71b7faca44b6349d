package org.keji.enterprise.material;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of material: BUSINESS_LICENCE (营业执照), AUDIT_REPORT (审计报告), CONTRACT (合同), INVOICE (发票), "
        + "PAYMENT_PROOF (付款凭证), ACCEPTANCE_REPORT (验收报告), RD_PROJECT (研发项目材料), IP_CERTIFICATE (知识产权证书), "
        + "OTHER (其他)")
public enum MaterialKind {
    BUSINESS_LICENCE("营业执照"),
    AUDIT_REPORT("审计报告"),
    CONTRACT("合同"),
    INVOICE("发票"),
    PAYMENT_PROOF("付款凭证"),
    ACCEPTANCE_REPORT("验收报告"),
    RD_PROJECT("研发项目材料"),
    IP_CERTIFICATE("知识产权证书"),
    OTHER("其他");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}

package org.keji.project.call.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequiredMaterial", description = "A material an application to the call must reference from the "
        + "enterprise's wallet (申报材料), and whether formal review may accept an application still missing it (容缺受理)")
public record RequiredMaterial(
        @Schema(title = "材料类别", description = "Kind of material, as the enterprise's wallet names it: "
                + RequiredMaterial.KINDS_TEXT, example = "AUDIT_REPORT", required = true) @NotNull @Pattern(regexp = RequiredMaterial.KINDS) String kind,
        @Schema(title = "可容缺", description = "Whether formal review may accept an application without it, to be supplied later (容缺受理)", example = "false", required = true) @NotNull Boolean mayBeMissingAtAcceptance) {

    /**
     * The kinds of material of the enterprise's wallet (enterprise-service's {@code MaterialKind}, as
     * {@code keji.enterprise.material-registered.v1} carries them).
     */
    public static final String KINDS = "BUSINESS_LICENCE|AUDIT_REPORT|CONTRACT|INVOICE|PAYMENT_PROOF|ACCEPTANCE_REPORT"
            + "|RD_PROJECT|IP_CERTIFICATE|OTHER";

    static final String KINDS_TEXT = "BUSINESS_LICENCE (营业执照), AUDIT_REPORT (审计报告), CONTRACT (合同), INVOICE (发票), "
            + "PAYMENT_PROOF (付款凭证), ACCEPTANCE_REPORT (验收报告), RD_PROJECT (研发项目材料), IP_CERTIFICATE (知识产权证书), "
            + "OTHER (其他)";
}

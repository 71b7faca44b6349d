package org.keji.ip.patent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of legal-status events this service records, each with its national (CNIPA 法律状态) event code and its WIPO
 * ST.27 category letter (table {@code st27_category}). The national codes are this service's documented table, in the
 * style of CNIPA's legal-status codes; an integration feeding CNIPA data maps its codes onto these kinds.
 */
@Schema(description = "Kind of legal-status event (national code / ST.27 category): FILED (申请 AA01/A), GRANTED (授权 "
        + "GR01/F), ANNUITY_LAPSED (未缴年费终止 CF01/H), ABANDONED (放弃专利权或视为撤回 AV01/H), INVALIDATION_REQUESTED (无效宣告"
        + "请求 IR01/G), INVALIDATION_REJECTED (维持专利权有效 IJ01/G), INVALIDATED (宣告专利权全部无效 IW01/H), RESTORED (恢复权利 "
        + "RE01/Q), TRANSFERRED (专利权/申请权转移 TR01/S)")
public enum LegalEventKind {
    FILED("AA01", 'A'),
    GRANTED("GR01", 'F'),
    ANNUITY_LAPSED("CF01", 'H'),
    ABANDONED("AV01", 'H'),
    INVALIDATION_REQUESTED("IR01", 'G'),
    INVALIDATION_REJECTED("IJ01", 'G'),
    INVALIDATED("IW01", 'H'),
    RESTORED("RE01", 'Q'),
    TRANSFERRED("TR01", 'S');

    private final String nationalCode;
    private final char st27Category;

    LegalEventKind(String nationalCode, char st27Category) {
        this.nationalCode = nationalCode;
        this.st27Category = st27Category;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public char st27Category() {
        return st27Category;
    }
}

package org.keji.ip.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Follow-up of an inspection: NONE (无需处理), RECTIFICATION_ORDERED (责令整改, with a due date), "
        + "CASE_FILED (立案查处, with the case reference), TRANSFERRED (移送其他部门, naming the authority)")
public enum FollowUpAction {
    NONE,
    RECTIFICATION_ORDERED,
    CASE_FILED,
    TRANSFERRED
}

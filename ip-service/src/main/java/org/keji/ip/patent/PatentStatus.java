package org.keji.ip.patent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Legal status derived from the legal-status log: FILED (已申请，未授权), GRANTED (已授权，有效), LAPSED "
        + "(失效; see lapseReason)")
public enum PatentStatus {
    FILED,
    GRANTED,
    LAPSED
}

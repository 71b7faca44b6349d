package org.keji.enterprise.ipholding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a held patent is still in force. */
@Schema(description = "ACTIVE (有效: granted and in force), LAPSED (失效: the right ended, see lapseReason)")
public enum IpHoldingStatus {
    ACTIVE,
    LAPSED
}

package org.keji.ip.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a case ended: AGREEMENT (调解成功), FAILED (调解不成), REJECTED (不予受理), WITHDRAWN (撤回)")
public enum DisputeOutcome {
    AGREEMENT,
    FAILED,
    REJECTED,
    WITHDRAWN
}

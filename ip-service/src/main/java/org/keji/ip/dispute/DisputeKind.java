package org.keji.ip.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the dispute is about: INFRINGEMENT (侵权纠纷), OWNERSHIP (权属纠纷: who holds the patent or the "
        + "right to apply), OTHER (e.g. inventor remuneration 发明人报酬)")
public enum DisputeKind {
    INFRINGEMENT,
    OWNERSHIP,
    OTHER
}

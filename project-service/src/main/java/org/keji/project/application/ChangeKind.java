package org.keji.project.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a change request (变更申请) changes: CONTENT (研究内容), BUDGET (预算调整), PERSONNEL (人员变更), "
        + "EXTENSION (延期, with the new contract end; once per project)")
public enum ChangeKind {
    CONTENT,
    BUDGET,
    PERSONNEL,
    EXTENSION
}

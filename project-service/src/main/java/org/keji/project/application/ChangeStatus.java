package org.keji.project.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "State of a change request: PENDING (待审核), APPROVED (同意), REFUSED (不同意)")
public enum ChangeStatus {
    PENDING,
    APPROVED,
    REFUSED
}

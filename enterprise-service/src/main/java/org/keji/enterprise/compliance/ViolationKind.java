package org.keji.enterprise.compliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of violation: SAFETY (安全生产事故), QUALITY (质量事故), ENVIRONMENT (环境违法), DISHONESTY "
        + "(列入严重违法失信名单 / 科研严重失信), OTHER (其他)")
public enum ViolationKind {
    SAFETY,
    QUALITY,
    ENVIRONMENT,
    DISHONESTY,
    OTHER
}

package org.keji.enterprise.compliance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of violation: SAFETY (安全生产事故), QUALITY (质量事故), ENVIRONMENT (环境违法), DISHONESTY "
        + "(列入经营异常名录或严重违法失信名单), RESEARCH_DISHONESTY (科研失信行为; MAJOR = 科研严重失信), OTHER (其他)")
public enum ViolationKind {
    SAFETY,
    QUALITY,
    ENVIRONMENT,
    DISHONESTY,
    RESEARCH_DISHONESTY,
    OTHER;

    /** The kinds that count as safety, quality or environment incidents (安全、质量事故或环境违法). */
    public static final List<ViolationKind> INCIDENTS = List.of(SAFETY, QUALITY, ENVIRONMENT);
}

package org.keji.enterprise.compliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Severity as decided by the authority: MAJOR (重大 / 严重), GENERAL (一般)")
public enum ViolationSeverity {
    MAJOR,
    GENERAL
}

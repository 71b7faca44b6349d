package org.keji.enterprise.incubator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncubatorKind", description = "Kind of incubation carrier: `INCUBATOR` 孵化器 (incubator), `MAKER_SPACE` 众创空间 (maker space)", example = "INCUBATOR")
public enum IncubatorKind {
    /** 孵化器 */
    INCUBATOR,
    /** 众创空间 */
    MAKER_SPACE
}

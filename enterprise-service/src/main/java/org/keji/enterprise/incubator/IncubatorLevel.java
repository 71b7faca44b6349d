package org.keji.enterprise.incubator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncubatorLevel", description = "Level of the recognition: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县（区）级. Sorting by level puts national first.", example = "PROVINCIAL")
public enum IncubatorLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL,
    /** 市级 */
    MUNICIPAL,
    /** 县（区）级 */
    COUNTY
}

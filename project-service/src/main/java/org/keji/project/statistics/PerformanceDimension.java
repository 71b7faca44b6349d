package org.keji.project.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a row of the performance statistics counts by: INDUSTRY (按行业), UNDERTAKER_TYPE (按承担单位性质), "
        + "TECHNOLOGY_SOURCE (按技术来源) or TOTAL (合计)")
public enum PerformanceDimension {
    INDUSTRY,
    UNDERTAKER_TYPE,
    TECHNOLOGY_SOURCE,
    TOTAL
}

package org.keji.enterprise.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of monitoring finding (监测发现): HARD_CONDITION_FAILED (最新年度数据不符合认定硬性条件, a THRESHOLD rule of "
        + "the rules in force fails on the holder's latest yearly figures), ANNUAL_REPORT_MISSING (年度报告逾期未报)")
public enum FindingKind {
    HARD_CONDITION_FAILED,
    ANNUAL_REPORT_MISSING
}

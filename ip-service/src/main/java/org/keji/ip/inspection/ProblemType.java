package org.keji.ip.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Problem found in an inspection: COUNTERFEIT_PATENT_MARKING (假冒专利标识), MARKING_LAPSED_PATENT "
        + "(标注已失效专利), MARKING_APPLICATION_AS_PATENT (将专利申请标注为专利), NONSTANDARD_MARKING (专利标识标注不规范), "
        + "SUSPECTED_INFRINGEMENT (涉嫌侵权), OTHER (其他)")
public enum ProblemType {
    COUNTERFEIT_PATENT_MARKING,
    MARKING_LAPSED_PATENT,
    MARKING_APPLICATION_AS_PATENT,
    NONSTANDARD_MARKING,
    SUSPECTED_INFRINGEMENT,
    OTHER
}

package org.keji.project.call;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Category of a call: INDUSTRIAL_RD (工业研发), AGRICULTURAL (农业), SOCIAL_DEVELOPMENT (社会发展), MEDICAL "
        + "(医疗卫生), COMMISSIONER (科技特派员), MAJOR_SPECIAL (重大专项), OTHER (其他)")
public enum CallCategory {
    INDUSTRIAL_RD,
    AGRICULTURAL,
    SOCIAL_DEVELOPMENT,
    MEDICAL,
    COMMISSIONER,
    MAJOR_SPECIAL,
    OTHER
}

package org.keji.project.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Industry of a project for performance statistics: INDUSTRIAL (工业), AGRICULTURAL (农业), "
        + "SOCIAL_DEVELOPMENT (社会发展), MEDICAL (医疗卫生)")
public enum Industry {
    INDUSTRIAL,
    AGRICULTURAL,
    SOCIAL_DEVELOPMENT,
    MEDICAL
}

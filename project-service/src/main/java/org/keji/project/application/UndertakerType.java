package org.keji.project.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Type of the undertaking organisation (承担单位性质): ENTERPRISE (企业), PUBLIC_INSTITUTION (事业单位), "
        + "GOVERNMENT_BODY (机关), OTHER (其他)")
public enum UndertakerType {
    ENTERPRISE,
    PUBLIC_INSTITUTION,
    GOVERNMENT_BODY,
    OTHER
}

package org.keji.project.call;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Level of a call: NATIONAL (国家级), PROVINCIAL (省级), MUNICIPAL (市级), COUNTY (县（区）级)")
public enum CallLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY
}

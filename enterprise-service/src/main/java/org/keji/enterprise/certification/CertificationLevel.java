package org.keji.enterprise.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who grants a certification type: NATIONAL (国家级), PROVINCIAL (省级), MUNICIPAL (市级), COUNTY (县级)")
public enum CertificationLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY
}

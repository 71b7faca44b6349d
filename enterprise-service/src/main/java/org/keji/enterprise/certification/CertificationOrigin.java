package org.keji.enterprise.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a certificate comes from: GRANTED (by an application handled here), IMPORTED (granted before, entered by an officer or another system)")
public enum CertificationOrigin {
    GRANTED,
    IMPORTED
}

package org.keji.ip.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Court preservation of a patent: PROPERTY (财产保全, during a lawsuit) or PRE_LITIGATION (诉前保全)")
public enum PreservationKind {
    PROPERTY,
    PRE_LITIGATION
}

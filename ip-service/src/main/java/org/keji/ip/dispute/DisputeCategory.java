package org.keji.ip.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of case: MEDIATION (专利纠纷行政调解) or ASSISTANCE (知识产权维权援助)")
public enum DisputeCategory {
    MEDIATION,
    ASSISTANCE
}

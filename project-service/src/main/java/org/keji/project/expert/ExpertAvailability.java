package org.keji.project.expert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether an expert may be drawn: AVAILABLE (可抽取), UNAVAILABLE (暂不可抽取, until an optional date "
        + "inclusive, then available again)")
public enum ExpertAvailability {
    AVAILABLE,
    UNAVAILABLE
}

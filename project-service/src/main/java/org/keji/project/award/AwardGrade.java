package org.keji.project.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Grade of the science and technology progress award: SPECIAL (特等奖), FIRST (一等奖), SECOND (二等奖), THIRD (三等奖)")
public enum AwardGrade {
    SPECIAL,
    FIRST,
    SECOND,
    THIRD
}

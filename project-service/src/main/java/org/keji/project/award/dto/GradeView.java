package org.keji.project.award.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.award.AwardGrade;
import org.keji.project.award.YearGrade;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AwardGrade", description = "One grade of the science and technology progress award in one year (年度奖励等级)")
public record GradeView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "年度", description = "The award year", example = "2026") int year,
        @Schema(title = "等级", description = "The grade") AwardGrade grade,
        @Schema(title = "奖金（元）", type = SchemaType.STRING, description = "Fixed amount every award of the grade in the year pays", example = "200000.00") Money amount,
        @Schema(title = "名额", description = "At most this many awards of the grade in the year; absent = no quota", example = "5") Integer quota,
        @Schema(title = "已授奖数", description = "Awards of the grade decided in the year", example = "3") int awarded,
        @Schema(title = "已使用", description = "Whether a decision references the grade: then it can be neither changed nor withdrawn") boolean inUse,
        @Schema(title = "发布人", description = "Who published the current terms", example = "officer-chen") String publishedBy,
        @Schema(title = "更新时间") OffsetDateTime updatedAt) {

    public static GradeView of(YearGrade g) {
        return new GradeView(g.id(), g.year(), g.grade(), g.amount(), g.quota(), g.awardedCount(), g.inUse(),
                g.publishedBy(), g.updatedAt());
    }
}

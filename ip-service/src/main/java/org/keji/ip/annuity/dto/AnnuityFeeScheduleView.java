package org.keji.ip.annuity.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;
import org.keji.ip.annuity.AnnuityFeeSchedule;

@Schema(name = "AnnuityFeeSchedule", description = "One version of the annuity schedule of a patent kind (年费标准)")
public record AnnuityFeeScheduleView(
        @Schema(title = "标识", description = "Schedule version id") UUID id,
        @Schema(title = "专利类型", description = "Patent kind the schedule is for (PCT kinds pay as their base kind)", example = "INVENTION") PatentType patentType,
        @Schema(title = "施行日期", description = "First day the version applies", example = "2021-06-01") LocalDate effectiveFrom,
        @Schema(title = "保护期（年）", description = "Last year of the term the schedule covers: the kind's term from filing", example = "20") int termYears,
        @Schema(title = "年费", description = "Bands of term years and their annuities") List<AnnuityFeeBandView> bands,
        @Schema(title = "依据", description = "The notice that sets the fees", example = "国家知识产权局 专利收费标准（年费）") String source,
        @Schema(title = "发布人", description = "Who published the version (token subject)") String publishedBy,
        @Schema(title = "发布时间", description = "When the version was published") OffsetDateTime publishedAt) {

    public static AnnuityFeeScheduleView of(AnnuityFeeSchedule s) {
        return new AnnuityFeeScheduleView(s.id(), s.patentType(), s.effectiveFrom(), s.termYears(),
                s.bands().stream().map(AnnuityFeeBandView::of).toList(), s.source(), s.publishedBy(), s.publishedAt());
    }
}

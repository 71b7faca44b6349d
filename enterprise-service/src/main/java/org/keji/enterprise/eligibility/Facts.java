package org.keji.enterprise.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.figures.Figures;

/**
 * Everything the rules read about one enterprise for one evaluation, gathered from data the bureau holds. Stored with
 * each check, so the check can be re-evaluated and explained later.
 *
 * @param year the evaluation year Y: "last year" is Y−1 and "three years" Y−3 to Y−1
 * @param asOf the evaluation date (registration age, IP held, violations and certificates are counted on it)
 * @param figures the yearly figures of Y−3 to Y−1 that exist, in ascending year order
 * @param classIIp Class I IP held on {@code asOf}
 * @param classIIIp Class II IP held on {@code asOf}
 * @param majorViolationsPriorYear major safety, quality or environment violations in the year up to {@code asOf}
 * @param majorViolationsSinceLastYear the same since 1 January of Y−1
 * @param dishonestyListings dishonesty listings in force on {@code asOf}
 * @param seriousResearchDishonestySinceLastYear serious research dishonesty (科研严重失信) since 1 January of Y−1
 * @param validCertifications the certification types held with a certificate valid on {@code asOf}
 */
public record Facts(
        @Schema(title = "统一社会信用代码") String uscc,
        @Schema(title = "测评年度") int year,
        @Schema(title = "基准日") LocalDate asOf,
        @Schema(title = "成立日期") LocalDate registrationDate,
        @Schema(title = "年度经营数据") List<Figures> figures,
        @Schema(title = "Ⅰ类知识产权数") long classIIp,
        @Schema(title = "Ⅱ类知识产权数") long classIIIp,
        @Schema(title = "上一年度重大违规数") long majorViolationsPriorYear,
        @Schema(title = "近一年重大违规数") long majorViolationsSinceLastYear,
        @Schema(title = "失信名单数") long dishonestyListings,
        @Schema(title = "近一年严重科研失信数") long seriousResearchDishonestySinceLastYear,
        @Schema(title = "有效证书") List<String> validCertifications) {

    public Facts {
        figures = List.copyOf(figures);
        validCertifications = List.copyOf(validCertifications);
    }

    public Optional<Figures> figuresOf(int year) {
        return figures.stream().filter(f -> f.year() == year).findFirst();
    }
}

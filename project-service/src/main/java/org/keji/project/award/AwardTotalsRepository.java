package org.keji.project.award;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.keji.commons.security.RegionReach;

/**
 * The award totals in one aggregate statement over the awarded nominations (index {@code award_nomination_awarded_totals}
 * of {@code V9}); no nomination is loaded into Java. Only fixed text builds the statement; every value of a request is
 * bound as a parameter.
 */
@ApplicationScoped
public class AwardTotalsRepository {

    /** One group as the database summed it: {@code year} and {@code grade} are null on the total row. */
    public record Sums(Integer year, AwardGrade grade, boolean total, long awards, BigDecimal amount, long paid,
            BigDecimal paidAmount) {
    }

    private final EntityManager entityManager;

    public AwardTotalsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The awards (AWARDED or PAID) by year and grade, then the total row; year and region prefix optional. */
    public List<Sums> sums(Integer year, String regionPrefix, RegionReach reach) {
        StringBuilder where = new StringBuilder(" WHERE grade_id IS NOT NULL");
        if (year != null) {
            where.append(" AND year = :year");
        }
        if (regionPrefix != null) {
            where.append(" AND region LIKE :prefix");
        }
        boolean bounded = reach != null && !reach.everywhere();
        if (bounded) {
            where.append(" AND ").append(reach.condition("region", "reach"));
        }
        Query query = entityManager.createNativeQuery("SELECT year, awarded_grade, GROUPING(year, awarded_grade) "
                + "AS total_row, count(*), coalesce(sum(amount), 0), count(*) FILTER (WHERE paid_on IS NOT NULL), "
                + "coalesce(sum(paid_amount), 0) FROM award_nomination" + where
                + " GROUP BY GROUPING SETS ((year, awarded_grade), ()) ORDER BY total_row, year, "
                + YearGradeRepository.gradeRank("awarded_grade"));
        if (year != null) {
            query.setParameter("year", year);
        }
        if (regionPrefix != null) {
            query.setParameter("prefix", regionPrefix + "%");
        }
        if (bounded) {
            query.setParameter("reach", reach.parameterValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Sums(r[0] == null ? null : ((Number) r[0]).intValue(),
                        r[1] == null ? null : AwardGrade.valueOf((String) r[1]), ((Number) r[2]).intValue() != 0,
                        ((Number) r[3]).longValue(), (BigDecimal) r[4], ((Number) r[5]).longValue(),
                        (BigDecimal) r[6]))
                .toList();
    }
}

package org.keji.project.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.money.Money;
import org.keji.commons.security.Caller;
import org.keji.project.award.dto.AwardTotals;
import org.keji.project.award.dto.AwardTotalsRow;

/**
 * Award totals by year and grade: counts and exact sums from the database, the 万元 figure rounded half up once, at the
 * end, from the exact yuan sum (never summed from rounded figures). An officer counts within its region only.
 */
@ApplicationScoped
public class AwardTotalsService {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final AwardTotalsRepository totals;
    private final Caller caller;

    public AwardTotalsService(AwardTotalsRepository totals, Caller caller) {
        this.totals = totals;
        this.caller = caller;
    }

    public AwardTotals totals(Integer year, String regionPrefix) {
        return new AwardTotals(year, regionPrefix,
                totals.sums(year, regionPrefix, caller.officerRegions().orElse(null)).stream()
                        .map(s -> new AwardTotalsRow(s.year(), s.grade(), s.total(), s.awards(), Money.of(s.amount()),
                                tenThousandYuan(s.amount()), s.paid(), Money.of(s.paidAmount())))
                        .toList());
    }

    /** Yuan in 10 000 yuan (万元), four decimals, half up once: 12 345.65 → 1.2346. */
    static BigDecimal tenThousandYuan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
    }
}

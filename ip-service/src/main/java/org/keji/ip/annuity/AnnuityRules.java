package org.keji.ip.annuity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;

/**
 * The national annuity arithmetic (年费), no database: due dates, the late-payment surcharge (滞纳金) for a payment
 * date, lapse and restoration. Sources: 专利法 第四十三条、第四十四条; 专利法实施细则 第九十八条 of the 2010 text (renumbered by the 2023 revision:
 * "可以在年费期满之日起6个月内补缴，同时缴纳滞纳金；滞纳金的金额按照每超过规定的缴费时间1个月，加收当年全额年费的5%计算；期满未缴纳的，
 * 专利权自应当缴纳年费期满之日起终止"), 第六条 (恢复权利请求: two months from receiving the notice); 专利审查指南 第五部分第九章 (the
 * surcharge bands: "超过规定期限一个月（不含一整月）至两个月（含两个整月）的，缴纳数额为全额年费的5%" … "五个月至六个月的 … 25%").
 * <p>
 * <b>Month arithmetic.</b> Every boundary is counted from the due date itself with {@link LocalDate#plusMonths}, never
 * month after month: {@code due + k months} is the same day of the month k months later, or that month's last day
 * when it is shorter (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year; 31 Jan + 2 months = 31 Mar, not 28 Mar).
 * Each boundary day belongs to the band it closes: a payment on {@code due + k months} exactly is still in month k.
 * <ul>
 * <li>{@code P ≤ due}: on time, month 0, no surcharge (paying before the year starts is allowed);</li>
 * <li>{@code due < P ≤ due + 1 month}: month 1 of the grace, 0 %;</li>
 * <li>{@code due + (k−1) months < P ≤ due + k months}, k = 2…6: month k, {@code 5 % × (k − 1)} (5, 10, 15, 20, 25 %);</li>
 * <li>{@code P > due + 6 months}: not payable, the right terminated at the due date.</li>
 * </ul>
 * A due date that is a holiday is not moved here (细则 第六条's next-working-day rule is not modelled): the bands count
 * from the anniversary.
 */
public final class AnnuityRules {

    /** Months after the due date in which the annuity may still be paid with the surcharge (6). */
    public static final int GRACE_MONTHS = 6;
    /** Months from the lapse notice within which restoration may be requested (2, 细则 第六条第二款). */
    public static final int RESTORATION_MONTHS = 2;

    private static final BigDecimal STEP = new BigDecimal("0.05");

    private AnnuityRules() {
    }

    /**
     * The kind whose fee schedule applies: a PCT application entering China pays as its base kind (PCT invention as an
     * invention, PCT utility model as a utility model).
     */
    public static PatentType scheduleKind(PatentType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case PCT_INVENTION -> PatentType.INVENTION;
            case PCT_UTILITY_MODEL -> PatentType.UTILITY_MODEL;
            default -> type;
        };
    }

    /**
     * The day year {@code termYear}'s annuity is due: the anniversary of the filing date that starts that year of the
     * term ({@code filing + (termYear − 1) years}; 29 Feb is 28 Feb in a common year, {@link LocalDate#plusYears}).
     * Year 1 is due on the filing date itself; in practice the annuities up to the year of grant are paid at grant
     * (授予专利权当年的年费, with the registration formalities), which this rule does not model.
     *
     * @throws IllegalArgumentException if {@code termYear} is below 1
     */
    public static LocalDate dueOn(LocalDate filingDate, int termYear) {
        if (termYear < 1) {
            throw new IllegalArgumentException("term years start at 1: " + termYear);
        }
        return filingDate.plusYears(termYear - 1L);
    }

    /** The last day the annuity due on {@code dueOn} may be paid with the surcharge: {@code due + 6 months}. */
    public static LocalDate graceEndsOn(LocalDate dueOn) {
        return dueOn.plusMonths(GRACE_MONTHS);
    }

    /**
     * The month of the grace period a payment on {@code paymentDate} falls in: 0 on or before the due date, 1–6 in the
     * grace, 7 after it (not payable). See the class comment for the boundaries.
     */
    public static int monthOfGrace(LocalDate dueOn, LocalDate paymentDate) {
        if (!paymentDate.isAfter(dueOn)) {
            return 0;
        }
        for (int month = 1; month <= GRACE_MONTHS; month++) {
            if (!paymentDate.isAfter(dueOn.plusMonths(month))) {
                return month;
            }
        }
        return GRACE_MONTHS + 1;
    }

    /**
     * The surcharge rate of a payment in {@code month} of the grace: 0.00 in months 0 and 1, then 0.05 per month up to
     * 0.25 in month 6.
     *
     * @throws IllegalArgumentException for a month after the grace (7 or more) or below 0
     */
    public static BigDecimal surchargeRate(int month) {
        if (month < 0 || month > GRACE_MONTHS) {
            throw new IllegalArgumentException("no surcharge outside the grace period: month " + month);
        }
        return STEP.multiply(BigDecimal.valueOf(Math.max(0, month - 1))).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The day the right ends when an annuity due on {@code dueOn} is not paid within the grace: the due date itself. */
    public static LocalDate lapseEffectiveOn(LocalDate dueOn) {
        return dueOn;
    }

    /**
     * The last day restoration (恢复权利请求) may be requested after a lapse notice received (or deemed received) on
     * {@code noticeReceivedOn}: {@code notice + 2 months}, clamped to the month's end like every month here.
     */
    public static LocalDate restorationEndsOn(LocalDate noticeReceivedOn) {
        return noticeReceivedOn.plusMonths(RESTORATION_MONTHS);
    }

    /**
     * What paying year {@code termYear}'s annuity {@code fee} on {@code paymentDate} costs, for a patent filed on
     * {@code filingDate}. The surcharge is {@code fee × rate}, exact, in yuan with two decimals (rounded half-up once,
     * which the schedule's whole-yuan fees never need).
     */
    public static AnnuityCharge charge(LocalDate filingDate, int termYear, Money fee, LocalDate paymentDate) {
        LocalDate due = dueOn(filingDate, termYear);
        int month = monthOfGrace(due, paymentDate);
        if (month > GRACE_MONTHS) {
            return new AnnuityCharge(due, graceEndsOn(due), null, null, fee, null, null, false,
                    lapseEffectiveOn(due));
        }
        BigDecimal rate = surchargeRate(month);
        Money surcharge = Money.of(fee.amount().multiply(rate).setScale(Money.SCALE, RoundingMode.HALF_UP));
        return new AnnuityCharge(due, graceEndsOn(due), month, rate, fee, surcharge, fee.plus(surcharge), true, null);
    }

    /**
     * The cost of paying one annuity on a given day.
     *
     * @param dueOn the anniversary the annuity is due on
     * @param graceEndsOn the last day it may be paid with the surcharge
     * @param monthOfGrace 0 on time, 1–6 in the grace; null when not payable
     * @param surchargeRate 0.00–0.25; null when not payable
     * @param fee the year's annuity from the schedule
     * @param surcharge {@code fee × surchargeRate}; null when not payable
     * @param total fee and surcharge; null when not payable
     * @param payable false after the grace: the right has terminated
     * @param lapseEffectiveOn when not payable, the day the right ended (the due date); null otherwise
     */
    public record AnnuityCharge(LocalDate dueOn, LocalDate graceEndsOn, Integer monthOfGrace, BigDecimal surchargeRate,
            Money fee, Money surcharge, Money total, boolean payable, LocalDate lapseEffectiveOn) {
    }
}

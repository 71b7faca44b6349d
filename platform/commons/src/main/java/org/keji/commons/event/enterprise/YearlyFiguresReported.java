package org.keji.commons.event.enterprise;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * The figures of one enterprise for one year were reported or replaced (年度数据). Topic {@code keji.enterprise.v1},
 * key = USCC.
 *
 * @param source who reported them: {@code APPLICANT}, {@code OFFICER} or {@code INTEGRATION} (e.g. the tax system)
 */
public record YearlyFiguresReported(
        String uscc,
        int year,
        int employees,
        int rdStaff,
        Money salesRevenue,
        Money totalRevenue,
        Money highTechRevenue,
        Money rdExpense,
        Money domesticRdExpense,
        Money totalCost,
        Money totalAssets,
        Money netAssets,
        String source,
        long version) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.figures.reported.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}

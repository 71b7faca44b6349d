package org.keji.enterprise.incubator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.IllegalTransitionException;

class TenantTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-01T10:00:00+08:00");
    private static final int MOVE_OUT_MONTHS = 3;

    @Test
    void shouldEndTheIncubationAfterTheLimitAndBeOverdueOnlyFromTheDayAfter() {
        Tenant tenant = aTenant(LocalDate.of(2021, 2, 28), 48);

        assertEquals(LocalDate.of(2025, 2, 28), tenant.incubationEndsOn());
        assertFalse(tenant.isOverdue(LocalDate.of(2025, 2, 28)));
        assertTrue(tenant.isOverdue(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void shouldNotBeOverdueOnceGraduated() {
        Tenant tenant = aTenant(LocalDate.of(2018, 1, 1), 24);
        tenant.graduate(LocalDate.of(2021, 1, 1), NOW);

        assertFalse(tenant.isOverdue(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void shouldSetTheMoveOutDeadlineOnAnUnqualifiedGradeAndNeverPushItLater() {
        Tenant tenant = aTenant(LocalDate.of(2022, 1, 1), 48);
        tenant.assess(AssessmentGrade.QUALIFIED, LocalDate.of(2023, 1, 10), MOVE_OUT_MONTHS, NOW);
        assertNull(tenant.moveOutDeadline());

        tenant.assess(AssessmentGrade.UNQUALIFIED, LocalDate.of(2024, 11, 30), MOVE_OUT_MONTHS, NOW);
        assertEquals(LocalDate.of(2025, 2, 28), tenant.moveOutDeadline());

        tenant.assess(AssessmentGrade.UNQUALIFIED, LocalDate.of(2025, 1, 15), MOVE_OUT_MONTHS, NOW);
        assertEquals(LocalDate.of(2025, 2, 28), tenant.moveOutDeadline());
    }

    @Test
    void shouldRefuseEveryActionOnceMovedOutNamingTheStateAndNoAllowedAction() {
        Tenant tenant = aTenant(LocalDate.of(2022, 1, 1), 48);
        tenant.moveOut(LocalDate.of(2024, 5, 1), "迁出", NOW);

        IllegalTransitionException graduate = assertThrows(IllegalTransitionException.class,
                () -> tenant.graduate(LocalDate.of(2024, 6, 1), NOW));
        assertEquals("TENANT_ILLEGAL_TRANSITION", graduate.code());
        assertEquals("MOVED_OUT", graduate.currentState());
        assertEquals(List.of(), graduate.allowedActions());
        assertThrows(IllegalTransitionException.class,
                () -> tenant.assess(AssessmentGrade.QUALIFIED, LocalDate.of(2024, 6, 1), MOVE_OUT_MONTHS, NOW));
        assertThrows(IllegalTransitionException.class, () -> tenant.checkSeedFundPayment(LocalDate.of(2024, 6, 1)));
        assertThrows(IllegalTransitionException.class, () -> tenant.moveOut(LocalDate.of(2024, 6, 1), "再迁", NOW));
    }

    @Test
    void shouldRefuseADateBeforeTheMoveIn() {
        Tenant tenant = aTenant(LocalDate.of(2022, 1, 1), 48);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> tenant.graduate(LocalDate.of(2021, 12, 31), NOW));
        assertEquals("TENANT_DATE_BEFORE_MOVE_IN", refused.code());
        assertEquals(TenantStatus.INCUBATING, tenant.status());
    }

    private static Tenant aTenant(LocalDate movedInOn, int limitMonths) {
        return Tenant.admit(UUID.randomUUID(), "91350100M000100Y43", "福州市星火科技有限公司", movedInOn, limitMonths, NOW);
    }
}

package org.keji.project.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.BusinessRuleException;

/** The drawing without storage: the same seed and pool give the same experts whatever order the pool is read in. */
class ExpertLotteryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static Expert expert(String subject, String organisation, ExpertAvailability availability,
            LocalDate until) {
        return Expert.create(subject, new Expert.Profile("专家", organisation, "单位", "[\"F\"]", "350100", null, null,
                null, availability, until), "test", OffsetDateTime.now());
    }

    private static List<Expert> pool() {
        List<Expert> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pool.add(expert("e" + (char) ('a' + i), "ORG" + i, ExpertAvailability.AVAILABLE, null));
        }
        return pool;
    }

    @Test
    void shouldDrawTheSameExpertsFromTheSameSeedInAnyReadingOrder() {
        List<Expert> pool = pool();
        ExpertLottery.Exclusions none = new ExpertLottery.Exclusions("X", Set.of(), Set.of(), Set.of(), DAY);
        List<Expert> first = ExpertLottery.draw(pool, none, 5, 123456789L).chosen();
        List<Expert> reversed = new ArrayList<>(pool);
        Collections.reverse(reversed);
        assertEquals(first, ExpertLottery.draw(reversed, none, 5, 123456789L).chosen());
        assertNotEquals(first, ExpertLottery.draw(pool, none, 5, 987654321L).chosen());
    }

    @Test
    void shouldCountEachExcludedExpertOnceUnderItsFirstReason() {
        List<Expert> pool = pool();
        pool.add(expert("z1", "APPLICANT", ExpertAvailability.UNAVAILABLE, null));
        pool.add(expert("z2", "PARTNER", ExpertAvailability.AVAILABLE, null));
        pool.add(expert("z3", "ORGZ", ExpertAvailability.UNAVAILABLE, DAY));
        pool.add(expert("z4", "ORGY", ExpertAvailability.UNAVAILABLE, DAY.minusDays(1)));
        ExpertLottery.Exclusions exclusions = new ExpertLottery.Exclusions("APPLICANT", Set.of("PARTNER"),
                Set.of(pool.get(0).id()), Set.of(pool.get(0).id(), pool.get(1).id()), DAY);

        ExpertLottery.Outcome outcome = ExpertLottery.draw(pool, exclusions, 3, 1L);
        assertEquals(16, outcome.poolSize());
        assertEquals(1, outcome.excludedOrganisation());
        assertEquals(1, outcome.excludedPartner());
        assertEquals(1, outcome.excludedConflict());
        assertEquals(1, outcome.excludedAlreadyDrawn());
        assertEquals(1, outcome.excludedUnavailable());
        assertEquals(11, outcome.candidates());
        BusinessRuleException tooSmall = assertThrows(BusinessRuleException.class,
                () -> ExpertLottery.draw(pool, exclusions, 12, 1L));
        assertEquals("EXPERT_POOL_TOO_SMALL", tooSmall.code());
    }
}

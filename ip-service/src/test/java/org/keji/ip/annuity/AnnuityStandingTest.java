package org.keji.ip.annuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.annuity.AnnuityPayments.anInvention;
import static org.keji.ip.annuity.AnnuityPayments.pay;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The overdue flag the pledge check reads (DOMAIN.md: a pledge is refused while an annuity is unpaid). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityStandingTest {

    @Inject
    AnnuityStanding standing;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldFlagThePatentsWithAnAnnuityDueAndUnpaid() {
        LocalDate filed = LocalDate.of(2021, 3, 15);
        LocalDate granted = LocalDate.of(2022, 6, 1);
        // paid through year 5: year 6 is due 2026-03-15
        UUID paidUp = anInvention(Usccs.aUscc(), filed, granted);
        pay(paidUp, 3, LocalDate.of(2023, 3, 1), "900.00").then().statusCode(201);
        pay(paidUp, 4, LocalDate.of(2024, 3, 1), "1200.00").then().statusCode(201);
        pay(paidUp, 5, LocalDate.of(2025, 3, 1), "1200.00").then().statusCode(201);
        // nothing paid after the grant year: year 3 due 2023-03-15
        UUID unpaid = anInvention(Usccs.aUscc(), filed, granted);
        UUID notGranted = anInvention(Usccs.aUscc(), filed, null);
        List<UUID> ids = List.of(paidUp, unpaid, notGranted, UUID.randomUUID());

        assertEquals(Set.of(), standing.overdue(ids, LocalDate.of(2023, 3, 14)));
        // in the grace counts
        assertEquals(Set.of(unpaid), standing.overdue(ids, LocalDate.of(2023, 3, 16)));
        assertEquals(Set.of(unpaid), standing.overdue(ids, LocalDate.of(2026, 3, 14)));
        // on its due date the annuity is due and unpaid
        assertEquals(Set.of(paidUp, unpaid), standing.overdue(ids, LocalDate.of(2026, 3, 15)));
        assertEquals(Set.of(), standing.overdue(List.of(), LocalDate.of(2026, 3, 15)));
    }

    @Test
    void shouldCountTermYearsInJavaAndInTheDatabaseAlike() {
        Object[][] cases = { { "2020-02-29", "2021-02-27", 1 }, { "2020-02-29", "2021-02-28", 2 },
                { "2020-02-29", "2024-02-28", 4 }, { "2020-02-29", "2024-02-29", 5 }, { "2021-03-15", "2022-03-14", 1 },
                { "2021-03-15", "2022-03-15", 2 }, { "2021-03-15", "2021-03-15", 1 }, { "2021-12-31", "2041-12-30", 20 } };
        for (Object[] c : cases) {
            LocalDate filing = LocalDate.parse((String) c[0]);
            LocalDate day = LocalDate.parse((String) c[1]);
            Number inDatabase = (Number) entityManager.createNativeQuery("SELECT patent_term_year(:filing, :day)")
                    .setParameter("filing", filing).setParameter("day", day).getSingleResult();
            assertEquals(c[2], AnnuityStanding.termYearOn(filing, day), filing + " on " + day);
            assertEquals(c[2], inDatabase.intValue(), "database: " + filing + " on " + day);
        }
    }
}

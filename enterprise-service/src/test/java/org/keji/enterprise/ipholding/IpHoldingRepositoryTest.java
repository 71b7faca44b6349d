package org.keji.enterprise.ipholding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.identifier.PatentType;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@link IpHoldingRepository#countHeld} against the real database: which day a holding starts and stops counting. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpHoldingRepositoryTest {

    private static final LocalDate GRANTED_ON = LocalDate.of(2024, 6, 18);
    private static final LocalDate LAPSED_ON = LocalDate.of(2026, 1, 5);

    @Inject
    IpHoldingRepository holdings;

    @Test
    void shouldCountAHoldingFromItsGrantDateOn() {
        String holder = Enterprises.aUscc();
        persist(granted(holder, PatentType.INVENTION, GRANTED_ON));

        assertEquals(0, countHeld(holder, IpClass.CLASS_I, GRANTED_ON.minusDays(1)));
        assertEquals(1, countHeld(holder, IpClass.CLASS_I, GRANTED_ON));
        assertEquals(1, countHeld(holder, IpClass.CLASS_I, LocalDate.of(2099, 12, 31)));
    }

    @Test
    void shouldStopCountingOnTheLapseDate() {
        String holder = Enterprises.aUscc();
        IpHolding holding = granted(holder, PatentType.DESIGN, GRANTED_ON);
        holding.lapsed(LAPSED_ON, LapseReason.ANNUITY_UNPAID, List.of(PatentHolderShare.sole(holder)),
                UUID.randomUUID().toString(), OffsetDateTime.now());
        persist(holding);

        assertEquals(1, countHeld(holder, IpClass.CLASS_II, GRANTED_ON));
        assertEquals(1, countHeld(holder, IpClass.CLASS_II, LAPSED_ON.minusDays(1)));
        assertEquals(0, countHeld(holder, IpClass.CLASS_II, LAPSED_ON));
        assertEquals(0, countHeld(holder, IpClass.CLASS_II, LAPSED_ON.plusYears(1)));
    }

    @Test
    void shouldCountOnlyTheHoldersHoldingsOfTheClassAsked() {
        String holder = Enterprises.aUscc();
        String neighbour = Enterprises.aUscc();
        persist(granted(holder, PatentType.INVENTION, GRANTED_ON));
        persist(granted(holder, PatentType.PCT_INVENTION, GRANTED_ON));
        persist(granted(holder, PatentType.UTILITY_MODEL, GRANTED_ON));
        persist(granted(holder, PatentType.PCT_UTILITY_MODEL, GRANTED_ON));
        persist(granted(holder, PatentType.DESIGN, GRANTED_ON));
        persist(granted(neighbour, PatentType.INVENTION, GRANTED_ON));

        assertEquals(2, countHeld(holder, IpClass.CLASS_I, GRANTED_ON));
        assertEquals(3, countHeld(holder, IpClass.CLASS_II, GRANTED_ON));
        assertEquals(1, countHeld(neighbour, IpClass.CLASS_I, GRANTED_ON));
        assertEquals(0, countHeld(neighbour, IpClass.CLASS_II, GRANTED_ON));
    }

    @Test
    void shouldCountATransferredHoldingForTheNewHolderFromTheTransferDate() {
        String from = Enterprises.aUscc();
        String to = Enterprises.aUscc();
        LocalDate transferredOn = LocalDate.of(2025, 9, 30);
        IpHolding holding = granted(from, PatentType.INVENTION, GRANTED_ON);
        holding.transferred(PatentType.INVENTION, null, List.of(PatentHolderShare.sole(to)), transferredOn,
                UUID.randomUUID().toString(), OffsetDateTime.now());
        persist(holding);

        assertEquals(0, countHeld(to, IpClass.CLASS_I, transferredOn.minusDays(1)));
        assertEquals(1, countHeld(to, IpClass.CLASS_I, transferredOn));
        assertEquals(0, countHeld(from, IpClass.CLASS_I, transferredOn.minusDays(1)),
                "the replica keeps only the current holder");
    }

    @Test
    void shouldNeverCountAHoldingKnownOnlyFromItsLapse() {
        String holder = Enterprises.aUscc();
        IpHolding holding = IpHolding.of(IpEvents.anApplicationNumber(PatentType.INVENTION), PatentType.INVENTION);
        holding.lapsed(LAPSED_ON, LapseReason.TERM_EXPIRED, List.of(PatentHolderShare.sole(holder)),
                UUID.randomUUID().toString(), OffsetDateTime.now());
        persist(holding);

        assertEquals(0, countHeld(holder, IpClass.CLASS_I, LAPSED_ON.minusDays(1)));
        assertEquals(0, countHeld(holder, IpClass.CLASS_I, LAPSED_ON));
    }

    private static IpHolding granted(String holder, PatentType type, LocalDate grantedOn) {
        String number = IpEvents.anApplicationNumber(type);
        IpHolding holding = IpHolding.of(number, type);
        holding.granted(type, "测试专利 " + number, grantedOn, "ZL" + number, List.of(PatentHolderShare.sole(holder)),
                UUID.randomUUID().toString(), OffsetDateTime.now());
        return holding;
    }

    private void persist(IpHolding holding) {
        QuarkusTransaction.requiringNew().run(() -> holdings.persist(holding));
    }

    private long countHeld(String uscc, IpClass ipClass, LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> holdings.countHeld(uscc, ipClass, asOf));
    }
}

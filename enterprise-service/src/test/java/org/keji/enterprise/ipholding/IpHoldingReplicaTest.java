package org.keji.enterprise.ipholding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentGranted;
import org.keji.commons.identifier.PatentType;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The replica is fed over the real broker by events written the way ip-service will write them. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpHoldingReplicaTest {

    private static final LocalDate GRANTED_ON = LocalDate.of(2024, 6, 18);

    @Inject
    IpHoldingProbe probe;

    @Test
    void shouldHoldAGrantedInventionAndCountItAsClassIFromItsGrantDate() {
        String holder = Enterprises.aUscc();
        String grant = IpEvents.anInventionGranted(holder, GRANTED_ON);
        probe.send(grant);

        IpHolding holding = probe.awaitApplied(grant);
        String number = IpEvents.applicationNumber(grant);
        assertEquals(Set.of(holder), holding.holderUsccs());
        assertEquals(PatentType.INVENTION, holding.patentType());
        assertEquals(IpClass.CLASS_I, holding.ipClass());
        assertEquals(IpHoldingStatus.ACTIVE, holding.status());
        assertEquals(GRANTED_ON, holding.grantedOn());
        assertEquals(GRANTED_ON, IpHoldingProbe.holder(holding, holder).heldSince());
        assertEquals(new BigDecimal("100.00"), IpHoldingProbe.holder(holding, holder).share(), "a v1 holder holds all");
        assertEquals("ZL" + number, holding.grantNumber());
        assertEquals(EventJson.data(EventJson.read(grant), PatentGranted.class).title(), holding.title());
        assertEquals(1, holding.revision());
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, GRANTED_ON));
        assertEquals(0, probe.countHeld(holder, IpClass.CLASS_II, GRANTED_ON));
        assertEquals(0, probe.countHeld(holder, IpClass.CLASS_I, GRANTED_ON.minusDays(1)));
        given().auth().oauth2(Tokens.shared().officer())
                .get("/api/v1/enterprises/" + holder + "/ip-holdings/summary?asOf=" + GRANTED_ON).then()
                .statusCode(200).body("classI", equalTo(1)).body("classII", equalTo(0))
                .body("asOf", equalTo(GRANTED_ON.toString()));
    }

    /** DOMAIN "Enterprise certifications": Class I = inventions (incl. PCT inventions); Class II = utility model, design. */
    @Test
    void shouldCountAPctInventionAsClassIAndADesignAndAUtilityModelAsClassII() {
        String holder = Enterprises.aUscc();
        String pct = IpEvents.granted(IpEvents.anApplicationNumber(PatentType.PCT_INVENTION),
                PatentType.PCT_INVENTION, holder, GRANTED_ON);
        String design = IpEvents.granted(IpEvents.anApplicationNumber(PatentType.DESIGN), PatentType.DESIGN, holder,
                GRANTED_ON);
        String utility = IpEvents.granted(IpEvents.anApplicationNumber(PatentType.UTILITY_MODEL),
                PatentType.UTILITY_MODEL, holder, GRANTED_ON);
        probe.send(pct, design, utility);

        assertEquals(IpClass.CLASS_I, probe.awaitApplied(pct).ipClass());
        assertEquals(IpClass.CLASS_II, probe.awaitApplied(design).ipClass());
        assertEquals(IpClass.CLASS_II, probe.awaitApplied(utility).ipClass());
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, GRANTED_ON));
        assertEquals(2, probe.countHeld(holder, IpClass.CLASS_II, GRANTED_ON));
    }

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String holder = Enterprises.aUscc();
        String grant = IpEvents.anInventionGranted(holder, GRANTED_ON);
        String number = IpEvents.applicationNumber(grant);
        String lapse = IpEvents.lapsed(number, holder, LocalDate.of(2026, 1, 5), LapseReason.ABANDONED);
        probe.send(grant, grant, lapse);

        // same key, same partition: once the lapse is applied, both copies of the grant before it were processed
        IpHolding holding = probe.awaitApplied(lapse);
        assertEquals(2, holding.revision());
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, LocalDate.of(2026, 1, 4)));

        probe.send(lapse);
        String marker = IpEvents.lapsed(number, holder, LocalDate.of(2026, 1, 5), LapseReason.ABANDONED);
        probe.send(marker);
        assertEquals(3, probe.awaitApplied(marker).revision(), "the redelivered lapse left no trace");
    }

    @Test
    void shouldMoveATransferredPatentToTheNewHolder() {
        String from = Enterprises.aUscc();
        String to = Enterprises.aUscc();
        LocalDate transferredOn = LocalDate.of(2025, 9, 30);
        String grant = IpEvents.anInventionGranted(from, GRANTED_ON);
        String number = IpEvents.applicationNumber(grant);
        probe.send(grant);
        probe.awaitApplied(grant);
        assertEquals(1, probe.countHeld(from, IpClass.CLASS_I, transferredOn));
        assertEquals(0, probe.countHeld(to, IpClass.CLASS_I, transferredOn));

        String transfer = IpEvents.transferred(number, PatentType.INVENTION, from, to, transferredOn);
        probe.send(transfer);

        IpHolding holding = probe.awaitApplied(transfer);
        assertEquals(Set.of(to), holding.holderUsccs());
        assertEquals(transferredOn, IpHoldingProbe.holder(holding, to).heldSince());
        assertEquals(GRANTED_ON, holding.grantedOn(), "the grant date stays the patent's");
        assertEquals(2, holding.revision());
        assertEquals(0, probe.countHeld(from, IpClass.CLASS_I, transferredOn));
        assertEquals(1, probe.countHeld(to, IpClass.CLASS_I, transferredOn));
        assertEquals(0, probe.countHeld(to, IpClass.CLASS_I, transferredOn.minusDays(1)),
                "the new holder holds it from the transfer date");
    }

    @Test
    void shouldStopCountingALapsedPatentFromItsLapseDate() {
        String holder = Enterprises.aUscc();
        LocalDate lapsedOn = LocalDate.of(2026, 1, 5);
        String number = IpEvents.anApplicationNumber(PatentType.UTILITY_MODEL);
        String grant = IpEvents.granted(number, PatentType.UTILITY_MODEL, holder, GRANTED_ON);
        String lapse = IpEvents.lapsed(number, holder, lapsedOn, LapseReason.ANNUITY_UNPAID);
        probe.send(grant, lapse);

        IpHolding holding = probe.awaitApplied(lapse);
        assertEquals(IpHoldingStatus.LAPSED, holding.status());
        assertEquals(lapsedOn, holding.lapsedOn());
        assertEquals(LapseReason.ANNUITY_UNPAID, holding.lapseReason());
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_II, lapsedOn.minusDays(1)));
        assertEquals(0, probe.countHeld(holder, IpClass.CLASS_II, lapsedOn));
        given().auth().oauth2(Tokens.shared().officer())
                .get("/api/v1/enterprises/" + holder + "/ip-holdings/summary?asOf=" + lapsedOn).then()
                .statusCode(200).body("classII", equalTo(0));
    }

    @Test
    void shouldCreateTheHoldingFromALapseOfAPatentNotSeenBefore() {
        String holder = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.DESIGN);
        String lapse = IpEvents.lapsed(number, holder, LocalDate.of(2026, 1, 5), LapseReason.TERM_EXPIRED);
        probe.send(lapse);

        IpHolding holding = probe.awaitApplied(lapse);
        assertEquals(Set.of(holder), holding.holderUsccs());
        assertEquals(PatentType.DESIGN, holding.patentType(), "from the type digit of the application number");
        assertEquals(IpClass.CLASS_II, holding.ipClass());
        assertEquals(IpHoldingStatus.LAPSED, holding.status());
        assertNull(IpHoldingProbe.holder(holding, holder).heldSince(), "a lapse does not say since when it was held");
        assertEquals(0, probe.countHeld(holder, IpClass.CLASS_II, LocalDate.of(2025, 1, 1)));

        // the grant that the lapse overtook fills in the rest but does not bring the patent back in force
        String lateGrant = IpEvents.granted(number, PatentType.DESIGN, holder, GRANTED_ON);
        probe.send(lateGrant);
        holding = probe.awaitApplied(lateGrant);
        assertEquals(IpHoldingStatus.LAPSED, holding.status());
        assertEquals(GRANTED_ON, IpHoldingProbe.holder(holding, holder).heldSince());
        assertEquals(2, holding.revision());
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_II, LocalDate.of(2025, 1, 1)));
        assertEquals(0, probe.countHeld(holder, IpClass.CLASS_II, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void shouldCreateTheHoldingFromATransferOfAPatentNotSeenBefore() {
        String from = Enterprises.aUscc();
        String to = Enterprises.aUscc();
        LocalDate transferredOn = LocalDate.of(2025, 9, 30);
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String transfer = IpEvents.transferred(number, PatentType.INVENTION, from, to, transferredOn);
        probe.send(transfer);

        IpHolding holding = probe.awaitApplied(transfer);
        assertEquals(Set.of(to), holding.holderUsccs());
        assertEquals(IpHoldingStatus.ACTIVE, holding.status());
        assertEquals(transferredOn, IpHoldingProbe.holder(holding, to).heldSince());
        assertNull(holding.grantedOn());
        assertEquals(1, probe.countHeld(to, IpClass.CLASS_I, transferredOn));

        // the overtaken grant names the previous holder: the transfer already said who holds it now
        String lateGrant = IpEvents.granted(number, PatentType.INVENTION, from, GRANTED_ON);
        probe.send(lateGrant);
        holding = probe.awaitApplied(lateGrant);
        assertEquals(Set.of(to), holding.holderUsccs());
        assertEquals(transferredOn, IpHoldingProbe.holder(holding, to).heldSince());
        assertEquals(GRANTED_ON, holding.grantedOn());
        assertEquals(0, probe.countHeld(from, IpClass.CLASS_I, transferredOn));
    }

    @Test
    void shouldSkipAnUnknownEventTypeAndStillApplyLaterEvents() {
        String holder = Enterprises.aUscc();
        String grant = IpEvents.anInventionGranted(holder, GRANTED_ON);
        String number = IpEvents.applicationNumber(grant);
        probe.send(IpEvents.ofUnknownType(number), grant);

        IpHolding holding = probe.awaitApplied(grant);
        assertEquals(1, holding.revision(), "the unknown event changed nothing");
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, GRANTED_ON));
    }

    @Test
    void shouldSendAPoisonMessageToTheDeadLetterTopicAndGoOn() {
        String holder = Enterprises.aUscc();
        String grant = IpEvents.anInventionGranted(holder, GRANTED_ON);
        String number = IpEvents.applicationNumber(grant);
        probe.kafka().send(IpEvents.TOPIC, number, "this is not an event " + number);
        probe.send(grant);

        var dead = probe.kafka().await(IpEvents.DEAD_LETTER_TOPIC, r -> number.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertEquals("this is not an event " + number, dead.get(0).value());
        assertEquals(1, probe.awaitApplied(grant).revision());
    }

    @Test
    void shouldDeadLetterAnEventThatContradictsItself() {
        String holder = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String wrongType = IpEvents.granted(number, PatentType.DESIGN, holder, GRANTED_ON);
        String grant = IpEvents.granted(number, PatentType.INVENTION, holder, GRANTED_ON);
        probe.send(wrongType, grant);

        var dead = probe.kafka().await(IpEvents.DEAD_LETTER_TOPIC, r -> number.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertTrue(dead.get(0).value().contains(IpEvents.id(wrongType)), dead.get(0).value());
        IpHolding holding = probe.awaitApplied(grant);
        assertEquals(1, holding.revision());
        assertEquals(IpClass.CLASS_I, holding.ipClass());
    }
}

package org.keji.enterprise.ipholding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.enterprise.ipholding.IpEvents.share;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.identifier.PatentType;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The replica fed over the real broker by the v2 contracts (holders with shares) and the restoration, as ip-service
 * writes them: co-owned patents, annuity lapse and restoration, transfers between holder sets, redelivery.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpHoldingReplicaV2Test {

    private static final LocalDate GRANTED_ON = LocalDate.of(2024, 6, 18);
    private static final LocalDate LAPSED_ON = LocalDate.of(2026, 6, 18);
    private static final LocalDate RESTORED_ON = LocalDate.of(2026, 8, 3);

    @Inject
    IpHoldingProbe probe;

    @Test
    void shouldHoldACoOwnedPatentByEachHolderWithItsShare() {
        String first = Enterprises.aUscc();
        String second = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String grant = IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, share(first, "66.67"),
                share(second, "33.33"));
        probe.send(grant);

        IpHolding holding = probe.awaitApplied(grant);
        assertEquals(Set.of(first, second), holding.holderUsccs());
        assertEquals(new BigDecimal("66.67"), IpHoldingProbe.holder(holding, first).share());
        assertEquals(new BigDecimal("33.33"), IpHoldingProbe.holder(holding, second).share());
        assertEquals(GRANTED_ON, IpHoldingProbe.holder(holding, second).heldSince());
        assertEquals(1, probe.countHeld(first, IpClass.CLASS_I, GRANTED_ON), "a co-owned patent counts for each");
        assertEquals(1, probe.countHeld(second, IpClass.CLASS_I, GRANTED_ON));
        assertEquals(0, probe.countHeld(second, IpClass.CLASS_I, GRANTED_ON.minusDays(1)));

        given().auth().oauth2(Tokens.shared().applicant(second)).get(path(second)).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].applicationNumber", equalTo(number))
                .body("items[0].holderUscc", equalTo(second)).body("items[0].share", equalTo("33.33"))
                .body("items[0].heldSince", equalTo(GRANTED_ON.toString()))
                .body("items[0].holders.uscc", contains(first, second))
                .body("items[0].holders.share", contains("66.67", "33.33"));
        given().auth().oauth2(Tokens.shared().officer()).get(path(first) + "/summary?asOf=" + GRANTED_ON).then()
                .statusCode(200).body("classI", equalTo(1));

        String csv = given().auth().oauth2(Tokens.shared().officer()).accept("text/csv").get(path(second)).then()
                .statusCode(200).extract().asString();
        assertTrue(csv.contains("持有份额") && csv.contains("全部专利权人"), "Chinese column headers: " + csv);
        assertTrue(csv.contains(second + ",33.33,"), "the exported share is exact: " + csv);
    }

    /** DOMAIN "Patents and IP": unpaid annuity → the right ends; restoration within two months undoes it. */
    @Test
    void shouldStopCountingAnAnnuityLapseForEveryHolderAndCountAgainAfterRestoration() {
        String first = Enterprises.aUscc();
        String second = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        PatentHolderShare[] holders = { share(first, "50"), share(second, "50") };
        String grant = IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, holders);
        String lapse = IpEvents.lapsedV2(number, LAPSED_ON, LapseReason.ANNUITY_UNPAID, holders);
        probe.send(grant, lapse);

        IpHolding lapsed = probe.awaitApplied(lapse);
        assertEquals(IpHoldingStatus.LAPSED, lapsed.status());
        assertEquals(LapseReason.ANNUITY_UNPAID, lapsed.lapseReason());
        for (String holder : List.of(first, second)) {
            assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, LAPSED_ON.minusDays(1)));
            assertEquals(0, probe.countHeld(holder, IpClass.CLASS_I, LAPSED_ON), "neither counts once lapsed");
            assertEquals(0, probe.countHeld(holder, IpClass.CLASS_I, RESTORED_ON));
        }

        String restoration = IpEvents.restored(number, RESTORED_ON, holders);
        probe.send(restoration);

        IpHolding restored = probe.awaitApplied(restoration);
        assertEquals(IpHoldingStatus.ACTIVE, restored.status());
        assertEquals(RESTORED_ON, restored.restoredOn());
        assertNull(restored.lapsedOn());
        assertNull(restored.lapseReason());
        assertEquals(3, restored.revision());
        for (String holder : List.of(first, second)) {
            assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, RESTORED_ON), "both count again");
            assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, LAPSED_ON), "as if the right never ended");
            assertEquals(GRANTED_ON, IpHoldingProbe.holder(restored, holder).heldSince());
        }
        given().auth().oauth2(Tokens.shared().officer()).get(path(first) + "?status=ACTIVE").then().statusCode(200)
                .body("items.applicationNumber", contains(number))
                .body("items[0].restoredOn", equalTo(RESTORED_ON.toString()));
    }

    /** DOMAIN "Patents and IP": only an annuity lapse can be restored; term, abandonment, invalidation are final. */
    @Test
    void shouldKeepALapseForAnyOtherReasonFinalWhenARestorationArrives() {
        for (LapseReason reason : List.of(LapseReason.TERM_EXPIRED, LapseReason.ABANDONED, LapseReason.INVALIDATED)) {
            String holder = Enterprises.aUscc();
            String number = IpEvents.anApplicationNumber(PatentType.UTILITY_MODEL);
            String lapse = IpEvents.lapsedV2(number, LAPSED_ON, reason, share(holder, "100"));
            String restoration = IpEvents.restored(number, RESTORED_ON, share(holder, "100"));
            probe.send(IpEvents.grantedV2(number, PatentType.UTILITY_MODEL, GRANTED_ON, share(holder, "100")), lapse,
                    restoration);

            IpHolding holding = probe.awaitApplied(restoration);
            assertEquals(IpHoldingStatus.LAPSED, holding.status(), reason + " is final");
            assertEquals(reason, holding.lapseReason());
            assertEquals(LAPSED_ON, holding.lapsedOn());
            assertNull(holding.restoredOn());
            assertEquals(3, holding.revision(), "the restoration was received, and changed nothing else");
            assertEquals(0, probe.countHeld(holder, IpClass.CLASS_II, RESTORED_ON));
        }
    }

    @Test
    void shouldLeaveAPatentInForceAsItIsWhenARestorationArrives() {
        String holder = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String restoration = IpEvents.restored(number, RESTORED_ON, share(holder, "100"));
        probe.send(IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, share(holder, "100")), restoration);

        IpHolding holding = probe.awaitApplied(restoration);
        assertEquals(IpHoldingStatus.ACTIVE, holding.status());
        assertNull(holding.restoredOn(), "nothing was undone");
        assertEquals(GRANTED_ON, IpHoldingProbe.holder(holding, holder).heldSince());
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, GRANTED_ON));
    }

    @Test
    void shouldNotCountAPatentFirstSeenInItsRestorationUntilItsGrantIsKnown() {
        String holder = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String restoration = IpEvents.restored(number, RESTORED_ON, share(holder, "100"));
        probe.send(restoration);

        IpHolding holding = probe.awaitApplied(restoration);
        assertEquals(IpHoldingStatus.ACTIVE, holding.status());
        assertNull(IpHoldingProbe.holder(holding, holder).heldSince(), "since when it is held is unknown");
        assertEquals(0, probe.countHeld(holder, IpClass.CLASS_I, RESTORED_ON));

        String lateGrant = IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, share(holder, "100"));
        probe.send(lateGrant);
        probe.awaitApplied(lateGrant);
        assertEquals(1, probe.countHeld(holder, IpClass.CLASS_I, RESTORED_ON));
    }

    @Test
    void shouldMoveACoOwnedPatentFromOneHolderSetToAnother() {
        String leaving = Enterprises.aUscc();
        String staying = Enterprises.aUscc();
        String joining = Enterprises.aUscc();
        LocalDate transferredOn = LocalDate.of(2025, 9, 30);
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String grant = IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, share(leaving, "50"),
                share(staying, "50"));
        String transfer = IpEvents.transferredV2(number, List.of(share(leaving, "50"), share(staying, "50")),
                List.of(share(staying, "70"), share(joining, "30")), transferredOn);
        probe.send(grant, transfer);

        IpHolding holding = probe.awaitApplied(transfer);
        assertEquals(Set.of(staying, joining), holding.holderUsccs());
        assertEquals(new BigDecimal("70.00"), IpHoldingProbe.holder(holding, staying).share());
        assertEquals(GRANTED_ON, IpHoldingProbe.holder(holding, staying).heldSince(), "a holder that stays keeps");
        assertEquals(transferredOn, IpHoldingProbe.holder(holding, joining).heldSince());
        assertEquals(0, probe.countHeld(leaving, IpClass.CLASS_I, transferredOn), "the co-owned patent moved away");
        assertEquals(1, probe.countHeld(staying, IpClass.CLASS_I, transferredOn));
        assertEquals(1, probe.countHeld(joining, IpClass.CLASS_I, transferredOn));
        assertEquals(0, probe.countHeld(joining, IpClass.CLASS_I, transferredOn.minusDays(1)));
        given().auth().oauth2(Tokens.shared().officer()).get(path(leaving)).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(Tokens.shared().officer()).get(path(joining)).then().statusCode(200)
                .body("items[0].share", equalTo("30.00")).body("items[0].holders.share", contains("70.00", "30.00"));
    }

    @Test
    void shouldMoveAPatentKnownFromAV1GrantWithAV2Transfer() {
        String from = Enterprises.aUscc();
        String to = Enterprises.aUscc();
        LocalDate transferredOn = LocalDate.of(2025, 9, 30);
        String grant = IpEvents.anInventionGranted(from, GRANTED_ON);
        String number = IpEvents.applicationNumber(grant);
        String transfer = IpEvents.transferredV2(number, List.of(share(from, "100")),
                List.of(share(from, "40"), share(to, "60")), transferredOn);
        probe.send(grant, transfer);

        IpHolding holding = probe.awaitApplied(transfer);
        assertEquals(Set.of(from, to), holding.holderUsccs());
        assertEquals(new BigDecimal("40.00"), IpHoldingProbe.holder(holding, from).share());
        assertEquals(1, probe.countHeld(from, IpClass.CLASS_I, transferredOn));
        assertEquals(1, probe.countHeld(to, IpClass.CLASS_I, transferredOn));
    }

    @Test
    void shouldApplyRedeliveredV2EventsOnce() {
        String first = Enterprises.aUscc();
        String second = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.DESIGN);
        PatentHolderShare[] holders = { share(first, "50"), share(second, "50") };
        String grant = IpEvents.grantedV2(number, PatentType.DESIGN, GRANTED_ON, holders);
        String lapse = IpEvents.lapsedV2(number, LAPSED_ON, LapseReason.ANNUITY_UNPAID, holders);
        String restoration = IpEvents.restored(number, RESTORED_ON, holders);
        String transfer = IpEvents.transferredV2(number, List.of(holders), List.of(share(second, "100")),
                LocalDate.of(2026, 9, 1));
        probe.send(grant, grant, lapse, lapse, restoration, restoration, transfer, transfer);

        IpHolding holding = probe.awaitApplied(transfer);
        assertEquals(4, holding.revision(), "each event applied once");
        assertEquals(Set.of(second), holding.holderUsccs());

        // a copy of the lapse arriving late changes nothing: the patent stays restored
        probe.send(lapse, restoration);
        String marker = IpEvents.grantedV2(number, PatentType.DESIGN, GRANTED_ON, share(second, "100"));
        probe.send(marker);
        holding = probe.awaitApplied(marker);
        assertEquals(5, holding.revision(), "the redelivered events left no trace");
        assertEquals(IpHoldingStatus.ACTIVE, holding.status());
        assertEquals(1, probe.countHeld(second, IpClass.CLASS_II, RESTORED_ON));
    }

    @Test
    void shouldDeadLetterAV2EventWhoseSharesDoNotAddUp() {
        String first = Enterprises.aUscc();
        String second = Enterprises.aUscc();
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String broken = IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, share(first, "60"),
                share(second, "40")).replace("\"40.00\"", "\"39.99\"");
        String grant = IpEvents.grantedV2(number, PatentType.INVENTION, GRANTED_ON, share(first, "60"),
                share(second, "40"));
        probe.send(broken, grant);

        var dead = probe.kafka().await(IpEvents.DEAD_LETTER_TOPIC, r -> number.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertTrue(dead.get(0).value().contains(IpEvents.id(broken)), dead.get(0).value());
        assertEquals(1, probe.awaitApplied(grant).revision());
    }

    private static String path(String uscc) {
        return "/api/v1/enterprises/" + uscc + "/ip-holdings";
    }
}

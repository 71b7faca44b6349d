package org.keji.enterprise.eligibility;

import static org.hamcrest.Matchers.equalTo;
import static org.keji.enterprise.eligibility.EligibilityResourceTest.check;
import static org.keji.enterprise.ipholding.IpEvents.share;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.identifier.PatentType;
import org.keji.enterprise.ipholding.IpEvents;
import org.keji.enterprise.ipholding.IpHoldingProbe;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Class I count an eligibility check takes (today's) follows the v2 ip events over the real broker: a co-owned
 * invention counts for each co-holder, stops counting once lapsed, counts again once restored, and moves with a
 * transfer.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpHoldingEligibilityTest {

    @Inject
    IpHoldingProbe ipEvents;

    @Test
    void shouldCountACoOwnedInventionForEachHolderUntilLapsedAgainWhenRestoredAndMoveItWithATransfer() {
        String first = Enterprises.aRegisteredEnterprise("共有专利甲有限公司");
        String second = Enterprises.aRegisteredEnterprise("共有专利乙有限公司");
        String buyer = Enterprises.aRegisteredEnterprise("受让专利丙有限公司");
        String number = IpEvents.anApplicationNumber(PatentType.INVENTION);
        PatentHolderShare[] holders = { share(first, "50"), share(second, "50") };

        apply(IpEvents.grantedV2(number, PatentType.INVENTION, LocalDate.of(2024, 6, 18), holders));
        assertClassI(first, 1);
        assertClassI(second, 1);

        apply(IpEvents.lapsedV2(number, LocalDate.of(2025, 6, 18), LapseReason.ANNUITY_UNPAID, holders));
        assertClassI(first, 0);
        assertClassI(second, 0);

        apply(IpEvents.restored(number, LocalDate.of(2025, 8, 1), holders));
        assertClassI(first, 1);
        assertClassI(second, 1);

        apply(IpEvents.transferredV2(number, List.of(holders), List.of(share(second, "20"), share(buyer, "80")),
                LocalDate.of(2025, 9, 30)));
        assertClassI(first, 0);
        assertClassI(second, 1);
        assertClassI(buyer, 1);

        apply(IpEvents.lapsedV2(number, LocalDate.of(2026, 1, 5), LapseReason.INVALIDATED, share(second, "20"),
                share(buyer, "80")));
        assertClassI(second, 0);
        assertClassI(buyer, 0);
    }

    private void apply(String event) {
        ipEvents.send(event);
        ipEvents.awaitApplied(event);
    }

    private static void assertClassI(String uscc, int expected) {
        check(Tokens.shared().officer(), uscc, "HNTE", 2026).then().statusCode(201)
                .body("facts.classIIp", equalTo(expected));
    }
}

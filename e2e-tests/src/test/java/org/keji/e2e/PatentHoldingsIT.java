package org.keji.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Usccs;

import io.restassured.path.json.JsonPath;

/**
 * A co-owned invention's legal status, recorded in ip-service through the gateway, reaches each holder's IP holdings in
 * enterprise-service over the real broker: granted (counted as Class I for both co-holders), lapsed for an unpaid
 * annuity (no longer counted), restored (counted again), transferred to a third enterprise (moves to it).
 */
@ExtendWith(KejiSuiteExtension.class)
class PatentHoldingsIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void shouldFollowACoOwnedPatentFromGrantThroughLapseRestorationAndTransferIntoTheHoldings(Gateway gateway) {
        String officer = gateway.tokens().officer();
        String first = Usccs.aUscc();
        String second = Usccs.aUscc();
        String buyer = Usccs.aUscc();
        for (String uscc : List.of(first, second, buyer)) {
            gateway.register(officer, Enterprises.aRegistration(uscc)).then().statusCode(201);
        }
        String number = Patents.anInventionNumber();
        String id = gateway.as(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationNumber", "CN " + number, "title", "一种锂电池极片涂布方法", "ipcMainClass",
                        "H01M 4/04", "filingDate", "2023-03-15", "holders",
                        List.of(holder(first, "60.00"), holder(second, "40.00"))))
                .post("/api/v1/patents").then().statusCode(201).extract().path("id");

        append(gateway, officer, id, Map.of("kind", "GRANTED", "effectiveDate", "2024-06-18"));
        JsonPath held = awaitHolding(gateway, first, number, h -> "ACTIVE".equals(h.getString("status")));
        assertEquals(List.of("60.00", "ZL" + number, "CLASS_I", "2024-06-18"), List.of(held.getString("share"),
                held.getString("grantNumber"), held.getString("ipClass"), held.getString("heldSince")));
        assertEquals("40.00", awaitHolding(gateway, second, number, h -> "ACTIVE".equals(h.getString("status")))
                .getString("share"));
        assertEquals(1, classI(gateway, first));
        assertEquals(1, classI(gateway, second));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        append(gateway, officer, id, Map.of("kind", "ANNUITY_LAPSED", "effectiveDate", today.minusDays(90).toString(),
                "details", Map.of("noticeDate", today.minusDays(30).toString(), "reason", "未缴第3年年费")));
        for (String holder : List.of(first, second)) {
            JsonPath lapsed = awaitHolding(gateway, holder, number, h -> "LAPSED".equals(h.getString("status")));
            assertEquals("ANNUITY_UNPAID", lapsed.getString("lapseReason"));
            assertEquals(today.minusDays(90).toString(), lapsed.getString("lapsedOn"));
            assertEquals(0, classI(gateway, holder));
        }

        append(gateway, officer, id, Map.of("kind", "RESTORED", "effectiveDate", today.minusDays(2).toString()));
        for (String holder : List.of(first, second)) {
            assertEquals(today.minusDays(2).toString(), awaitHolding(gateway, holder, number,
                    h -> "ACTIVE".equals(h.getString("status"))).getString("restoredOn"));
            assertEquals(1, classI(gateway, holder));
        }

        append(gateway, officer, id, Map.of("kind", "TRANSFERRED", "effectiveDate", today.minusDays(1).toString(),
                "details", Map.of("newHolders", List.of(holder(buyer, "100.00")))));
        JsonPath moved = awaitHolding(gateway, buyer, number, h -> true);
        assertEquals(List.of("100.00", "ACTIVE", today.minusDays(1).toString()),
                List.of(moved.getString("share"), moved.getString("status"), moved.getString("heldSince")));
        assertEquals(1, classI(gateway, buyer));
        for (String former : List.of(first, second)) {
            assertEquals(0, holdings(gateway, former).getList("items").size());
            assertEquals(0, classI(gateway, former));
        }
    }

    private static void append(Gateway gateway, String officer, String id, Map<String, Object> event) {
        gateway.as(officer).header("Idempotency-Key", UUID.randomUUID().toString()).body(event)
                .post("/api/v1/patents/{id}/legal-events", id).then().statusCode(201);
    }

    /** The holder's holding of {@code number} as its applicant reads it, once {@code state} holds for it. */
    private static JsonPath awaitHolding(Gateway gateway, String uscc, String number, Predicate<JsonPath> state) {
        return await("holding of " + number + " by " + uscc).atMost(WITHIN).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    JsonPath page = holdings(gateway, uscc);
                    List<Map<String, Object>> items = page.getList("items");
                    for (int i = 0; i < items.size(); i++) {
                        if (number.equals(items.get(i).get("applicationNumber"))) {
                            return page.setRootPath("items[" + i + "]");
                        }
                    }
                    return null;
                }, h -> h != null && state.test(h));
    }

    private static JsonPath holdings(Gateway gateway, String uscc) {
        return gateway.as(gateway.tokens().applicant(uscc)).get("/api/v1/enterprises/{uscc}/ip-holdings", uscc).then()
                .statusCode(200).extract().jsonPath();
    }

    private static int classI(Gateway gateway, String uscc) {
        return gateway.as(gateway.tokens().applicant(uscc)).get("/api/v1/enterprises/{uscc}/ip-holdings/summary", uscc)
                .then().statusCode(200).extract().path("classI");
    }

    private static Map<String, Object> holder(String uscc, String share) {
        return Map.of("uscc", uscc, "name", "福州闽江智能科技有限公司", "share", share);
    }
}

package org.keji.ip.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.pledge.Pledges.act;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.ip.patent.Patents;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An officer's pledge from request through registration to release: the 7-working-day clock, the registration number,
 * 409 with the allowed actions for each illegal move, and the case and saga events written to the outbox with each
 * change (case events under the tracking number, saga events under the request id).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeLifecycleTest {

    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();
    private static final Tokens TOKENS = Tokens.shared();

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldRegisterAndReleaseAPledge() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        LocalDate requestedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(requestedOn);
        String officer = TOKENS.officer();

        JsonPath requested = Pledges.request(officer, Pledges.body(pledgor, List.of("CN" + number))).then()
                .statusCode(201).body("status", equalTo("REQUESTED"))
                .body("trackingNumber", matchesPattern("IP-\\d{8}-\\d{8}"))
                .body("matterCode", equalTo("KJ-IP-PATENT-PLEDGE")).body("origin", equalTo("OFFICER"))
                .body("applicationNumbers", equalTo(List.of(number))).body("patentCount", equalTo(1))
                .body("securedAmount", equalTo("5000000.00")).body("region", equalTo("350100"))
                .body("pledgeeBankId", equalTo(Pledges.BANK)).body("grounds", equalTo(List.of()))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(requestedOn, 7).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(requestedOn, 7).toString()))
                .body("workingDaysLeft", equalTo(7))
                .body("allowedActions", equalTo(List.of("register", "refuse"))).extract().jsonPath();
        String id = requested.getString("id");
        String tracking = requested.getString("trackingNumber");
        String requestId = requested.getString("requestId");

        act(officer, id, "release", "{\"reason\":\"SETTLED\"}").then().statusCode(409)
                .body("code", equalTo("PLEDGE_ILLEGAL_TRANSITION")).body("currentState", equalTo("REQUESTED"))
                .body("allowedActions", equalTo(List.of("register", "refuse")));
        act(officer, id, "refuse", "{\"reasons\":[]}").then().statusCode(422)
                .body("code", equalTo("PLEDGE_NO_REFUSAL_GROUND"));

        LocalDate decidedOn = CALENDAR.addWorkingDays(requestedOn, 2);
        clock.travelTo(decidedOn);
        act(officer, id, "register", null).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("registrationNumber", matchesPattern("Y2026350100\\d{7}"))
                .body("registeredOn", equalTo(decidedOn.toString())).body("decidedOn", equalTo(decidedOn.toString()))
                .body("workingDaysLeft", nullValue()).body("allowedActions", equalTo(List.of("release")));
        act(officer, id, "register", null).then().statusCode(409).body("code", equalTo("PLEDGE_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("REGISTERED")).body("allowedActions", equalTo(List.of("release")));

        LocalDate releasedOn = decidedOn.plusYears(2);
        clock.travelTo(releasedOn);
        act(officer, id, "release", "{\"reason\":\"SETTLED\"}").then().statusCode(200)
                .body("status", equalTo("RELEASED")).body("releasedOn", equalTo(releasedOn.toString()))
                .body("releaseReason", equalTo("SETTLED")).body("allowedActions", equalTo(List.of()));
        act(officer, id, "release", "{\"reason\":\"SETTLED\"}").then().statusCode(409)
                .body("currentState", equalTo("RELEASED"));

        assertEquals(List.of("keji.case.opened.v1", "keji.case.closed.v1", "keji.case.status-changed.v1"),
                Pledges.outboxTypes(dataSource, tracking));
        assertEquals(List.of("keji.ip.patent-pledge.registered.v1", "keji.ip.patent-pledge.released.v1"),
                Pledges.outboxTypes(dataSource, requestId));
        Pledges.get(TOKENS.admin(), id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void shouldListPledgesByFilterAndExportThem() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        String id = Pledges.aRequestedPledge(pledgor, List.of(number));
        String registration = act(TOKENS.officer(), id, "register", null).then().statusCode(200).extract()
                .path("registrationNumber");
        int year = LocalDate.now(clock).getYear();

        given().auth().oauth2(TOKENS.officer()).queryParam("applicationNumber", number)
                .queryParam("status", "REGISTERED").queryParam("registeredYear", year).queryParam("regionPrefix", "3501")
                .queryParam("bankId", Pledges.BANK).queryParam("pledgorUscc", pledgor).get(Pledges.PATH).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].registrationNumber", equalTo(registration))
                .body("items[0].applicationNumbers", equalTo(List.of(number)));
        given().auth().oauth2(TOKENS.officer()).queryParam("applicationNumber", number)
                .queryParam("status", "RELEASED").get(Pledges.PATH).then().statusCode(200).body("total", equalTo(0));
        String csv = given().auth().oauth2(TOKENS.officer()).accept("text/csv")
                .queryParam("applicationNumber", number).get(Pledges.PATH).then().statusCode(200).extract().asString();
        assertEquals(true, csv.contains(registration) && csv.contains("质押登记号"), csv);
    }

    @Test
    void shouldRefuseBadInputWithTheField() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        String officer = TOKENS.officer();
        Pledges.request(officer, Pledges.body(pledgor, List.of(number, "CN" + number))).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("applicationNumbers"));
        Pledges.request(officer, Pledges.body(pledgor, List.of(number), "2026-11-30", "[]",
                Pledges.aMaterialOf(pledgor, "专利权质押合同"))).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("debtTermEnd"));
        Pledges.request(officer, Pledges.body(pledgor, List.of(number)).replace("5000000.00", "0.00")).then()
                .statusCode(400).body("violations[0].field", equalTo("securedAmount"));
        Pledges.request(officer, Pledges.body(pledgor, List.of("202310000001.1"))).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", matchesPattern("applicationNumbers.*"));
        Pledges.request(officer, Pledges.body(pledgor.substring(0, 17), List.of(number))).then()
                .statusCode(400).body("violations[0].field", equalTo("pledgorUscc"));
        // the contract must be a material of the pledgor
        Pledges.request(officer, Pledges.body(pledgor, List.of(number), "2029-11-30", "[]",
                Pledges.aMaterialOf(Usccs.aUscc(), "专利权质押合同"))).then().statusCode(422)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
        String id = Pledges.aRequestedPledge(pledgor, List.of(Patents.anInventionNumber()));
        act(officer, id, "release", "{}").then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }
}

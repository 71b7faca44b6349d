package org.keji.ip.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.keji.ip.pledge.Pledges.act;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pledges requested, registered and released through the API count in {@code /api/v1/ip-statistics/pledges} in the
 * year and region of their registration; a pledge only requested never does.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeStatisticsFlowTest {

    private static final Tokens TOKENS = Tokens.shared();

    @Inject
    MutableClock clock;

    @Test
    void shouldCountPledgesRegisteredThroughTheApiInTheirYearAndRegion() {
        // a county of a province code no other test uses (66 is no province)
        String region = "66" + "%02d".formatted(ThreadLocalRandom.current().nextInt(100)) + "01";
        String pledgor = Usccs.aUscc();
        String first = Pledges.aGrantedPatent(pledgor);
        String second = Pledges.aGrantedPatent(pledgor);
        String registered = requested(pledgor, first, "0.10", region);
        String released = requested(pledgor, second, "0.20", region);
        act(TOKENS.admin(), registered, "register", null).then().statusCode(200);
        act(TOKENS.admin(), released, "register", null).then().statusCode(200);
        act(TOKENS.admin(), released, "release", "{\"reason\":\"SETTLED\"}").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        // requested again while pledged: a case with the ALREADY_PLEDGED ground, never registered, never counted
        requested(pledgor, first, "0.40", region);
        int year = LocalDate.now(clock).getYear();

        // REGISTERED 0.10, RELEASED 0.20: exactly 0.30 in total (0.1 + 0.2 is 0.30000000000000004 in doubles)
        given().auth().oauth2(TOKENS.admin()).queryParam("year", year).queryParam("region", region)
                .queryParam("groupBy", "status").get("/api/v1/ip-statistics/pledges").then().statusCode(200)
                .body("rows.status", equalTo(Arrays.asList("REGISTERED", "RELEASED", null)))
                .body("rows.pledges", equalTo(List.of(1, 1, 2))).body("rows.released", equalTo(List.of(0, 1, 1)))
                .body("rows.patents", equalTo(List.of(1, 1, 2)))
                .body("rows.securedAmount", equalTo(List.of("0.10", "0.20", "0.30")))
                .body("rows.securedAmountTenThousandYuan", equalTo(List.of("0.0000", "0.0000", "0.0000")));
        // the officer of Fuzhou asking for that region counts nothing of it
        given().auth().oauth2(TOKENS.officer()).queryParam("year", year).queryParam("region", region)
                .get("/api/v1/ip-statistics/pledges").then().statusCode(200).body("rows.total", equalTo(List.of(true)))
                .body("rows[0].pledges", equalTo(0)).body("rows[0].securedAmount", equalTo("0.00"));
    }

    /** A pledge of {@code number} securing {@code amount}, requested by an admin for {@code region}; its id. */
    private static String requested(String pledgor, String number, String amount, String region) {
        String body = Pledges.body(pledgor, List.of(number)).replace("\"5000000.00\"", "\"" + amount + "\"")
                .replace("\"loanReference\"", "\"region\":\"" + region + "\",\"loanReference\"");
        return Pledges.request(TOKENS.admin(), body).then().statusCode(201).body("region", equalTo(region)).extract()
                .path("id");
    }
}

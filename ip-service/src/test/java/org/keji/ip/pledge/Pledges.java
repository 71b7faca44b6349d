package org.keji.ip.pledge;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReplica;
import org.keji.ip.patent.Patents;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fixtures of pledge registrations: patents in a given state, materials, requests and actions over HTTP. */
final class Pledges {

    static final String PATH = "/api/v1/patent-pledges";
    static final String BANK = "icbc-fz";

    private Pledges() {
    }

    /**
     * A patent held by {@code uscc} alone, filed on 2023-03-15 and granted on 2024-06-01, every annuity due by today
     * paid on its due date; its application number.
     */
    static String aGrantedPatent(String uscc) {
        String number = anOverduePatent(uscc);
        payDueAnnuities(patentId(number), number, LocalDate.of(2023, 3, 15));
        return number;
    }

    /**
     * The same, its annuities left unpaid after the grant year's (paid with the grant): year 3's, due on 2025-03-15,
     * is overdue.
     */
    static String anOverduePatent(String uscc) {
        String number = Patents.anInventionNumber();
        grant(Patents.aRegisteredPatent(number, uscc));
        return number;
    }

    /** Pays each annuity from year 3 that is due by today, on its due date, at the fee the quote names. */
    static void payDueAnnuities(UUID patentId, String number, LocalDate filedOn) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int year = 3; !filedOn.plusYears(year - 1).isAfter(today); year++) {
            LocalDate due = filedOn.plusYears(year - 1);
            String total = given().auth().oauth2(Tokens.shared().admin()).queryParam("applicationNumber", number)
                    .queryParam("filingDate", filedOn.toString()).queryParam("termYear", year)
                    .queryParam("paymentDate", due.toString()).get("/api/v1/patent-annuity-quotes").then()
                    .statusCode(200).extract().path("total");
            given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"termYear\":" + year + ",\"paidOn\":\"" + due + "\",\"amount\":\"" + total + "\"}")
                    .post("/api/v1/patents/" + patentId + "/annuity-payments").then().statusCode(201);
        }
    }

    static void grant(UUID patentId) {
        appendEvent(patentId, Patents.event("GRANTED", "2024-06-01", null));
    }

    static void appendEvent(UUID patentId, String body) {
        Patents.append(Tokens.shared().admin(), patentId, body).then().statusCode(201);
    }

    static UUID patentId(String number) {
        return UUID.fromString(given().auth().oauth2(Tokens.shared().admin())
                .get("/api/v1/patents/by-number/" + number).then().statusCode(200).extract().path("id"));
    }

    /** A material of {@code owner}'s wallet in ip-service's replica, as if enterprise-service had announced it. */
    static UUID aMaterialOf(String owner, String title) {
        UUID id = UUID.randomUUID();
        Arc.container().instance(MaterialReplica.class).get().registered(new MaterialRegistered(id, owner, "OTHER",
                title, "福州市星火科技有限公司", null, title + ".pdf", "application/pdf", 2048,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"), UUID.randomUUID().toString());
        return id;
    }

    /** A request body of {@code pledgor} pledging {@code numbers} to {@link #BANK} until {@code debtTermEnd}. */
    static String body(String pledgor, List<String> numbers, String debtTermEnd, String consentsJson,
            UUID contract) {
        return """
                {"pledgorUscc":"%s","pledgee":{"bankId":"%s","name":"中国工商银行股份有限公司福州分行"},
                 "applicationNumbers":%s,"securedAmount":"5000000.00","debtTermStart":"2026-12-01",
                 "debtTermEnd":"%s","coHolderConsents":%s,"contractMaterialId":"%s","loanReference":"FZ-KJD-2026-0042"}
                """.formatted(pledgor, BANK, json(numbers), debtTermEnd, consentsJson, contract);
    }

    /** A request of {@code pledgor} pledging {@code numbers}, debt until 2029-11-30, no consent, with a contract. */
    static String body(String pledgor, List<String> numbers) {
        return body(pledgor, numbers, "2029-11-30", "[]", aMaterialOf(pledgor, "专利权质押合同"));
    }

    static Response request(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH);
    }

    /** A requested pledge filed by an officer of Fuzhou; its id. */
    static String aRequestedPledge(String pledgor, List<String> numbers) {
        return request(Tokens.shared().officer(), body(pledgor, numbers)).then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(PATH + "/" + id + "/" + action);
    }

    static Response get(String token, String id) {
        return given().auth().oauth2(token).get(PATH + "/" + id);
    }

    /** The types of the outbox rows under {@code key} (a tracking number or a request id), in order. */
    static List<String> outboxTypes(AgroalDataSource dataSource, String key) {
        List<String> types = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT type FROM outbox_event WHERE message_key = ? ORDER BY seq")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}

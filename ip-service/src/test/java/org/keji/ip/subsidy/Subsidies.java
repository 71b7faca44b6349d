package org.keji.ip.subsidy;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReplica;
import org.keji.ip.patent.Patents;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Fixtures of subsidy applications: policies and patents to apply with (over HTTP, as their own APIs take them), the
 * fee receipt in the material replica, applications and actions over HTTP, and the rows behind them.
 */
final class Subsidies {

    static final String PATH = "/api/v1/patent-subsidies";
    static final String INVENTION_AMOUNT = "5000.00";

    private Subsidies() {
    }

    /** Terms of a policy, as JSON: caps and budget may be null (none). */
    record PolicyTerms(String kind, String eligibleStatus, String region, String capAmount, Integer capCount,
            String budget, String from, String to) {

        /** A grant reward of Fuzhou for 2026, 5 000 yuan an invention, 1 000 a utility model, no design. */
        static PolicyTerms grantReward() {
            return new PolicyTerms("GRANT_REWARD", "GRANTED", "350100", "200000.00", 50, null, "2026-03-01",
                    "2026-11-30");
        }

        PolicyTerms caps(String amount, Integer count, String total) {
            return new PolicyTerms(kind, eligibleStatus, region, amount, count, total, from, to);
        }

        PolicyTerms window(String first, String last) {
            return new PolicyTerms(kind, eligibleStatus, region, capAmount, capCount, budget, first, last);
        }

        PolicyTerms filingSubsidy() {
            return new PolicyTerms("FILING_SUBSIDY", "FILED", region, capAmount, capCount, budget, from, to);
        }

        PolicyTerms in(String otherRegion) {
            return new PolicyTerms(kind, eligibleStatus, otherRegion, capAmount, capCount, budget, from, to);
        }

        String json() {
            return """
                    {"code":"%s","name":"福州市2026年度专利资助（测试）","year":2026,"region":"%s","kind":"%s",
                     "amounts":{"INVENTION":"%s","UTILITY_MODEL":"1000.00"},
                     "capAmount":%s,"capCount":%s,"eligibleStatus":"%s",
                     "applicationFrom":"%s","applicationTo":"%s","matterCode":"350217009000",
                     "promisedWorkingDays":15,"legalWorkingDays":20,"budget":%s}"""
                    .formatted("S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), region, kind,
                            INVENTION_AMOUNT, quoted(capAmount), capCount, eligibleStatus, from, to, quoted(budget));
        }

        private static String quoted(String amount) {
            return amount == null ? "null" : "\"" + amount + "\"";
        }
    }

    /** A policy created by an admin; its id. */
    static UUID aPolicy(PolicyTerms terms) {
        return UUID.fromString(given().auth().oauth2(Tokens.shared().admin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(terms.json())
                .post("/api/v1/patent-subsidy-policies").then().statusCode(201).extract().path("id"));
    }

    static void closePolicy(UUID policy) {
        given().auth().oauth2(Tokens.shared().admin()).post("/api/v1/patent-subsidy-policies/" + policy + "/close")
                .then().statusCode(200);
    }

    /** An invention patent held by {@code uscc} alone, filed 2023, still only FILED. */
    static UUID aFiledPatent(String uscc) {
        return Patents.aRegisteredPatent(uscc);
    }

    /** An invention patent held by {@code uscc} alone, filed 2023 and granted on 2024-06-01. */
    static UUID aGrantedPatent(String uscc) {
        UUID patent = aFiledPatent(uscc);
        grant(patent);
        return patent;
    }

    static void grant(UUID patent) {
        Patents.append(Tokens.shared().integration("cnipa"), patent, Patents.event("GRANTED", "2024-06-01", null))
                .then().statusCode(201);
    }

    /** The fee receipt of {@code owner} as enterprise-service's event would have put it in the replica. */
    static UUID aReceipt(MaterialReplica replica, String owner) {
        UUID id = UUID.randomUUID();
        replica.registered(new MaterialRegistered(id, owner, "FEE_RECEIPT", "专利申请费缴费收据", "福州市星火科技有限公司", null,
                "申请费收据.pdf", "application/pdf", 41_207,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"), UUID.randomUUID().toString());
        return id;
    }

    static String body(UUID policy, UUID patent, String applicant, UUID receipt) {
        return """
                {"policyId":"%s","patentId":"%s","applicantUscc":"%s",
                 "materials":[{"name":"专利申请费缴费收据","materialId":"%s"}]}""".formatted(policy, patent, applicant,
                receipt);
    }

    static Response apply(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH);
    }

    /** A submitted application's id, filed by the holder itself. */
    static String anApplication(UUID policy, UUID patent, String applicant, UUID receipt) {
        return apply(Tokens.shared().applicant(applicant), body(policy, patent, applicant, receipt)).then()
                .statusCode(201).extract().path("id");
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

    /** An officer of Fuzhou with its own name: maker and checker are two people. */
    static String officer(String name) {
        return Tokens.shared().token(name, "officer", Map.of("region", "350100"));
    }

    /** The events in the outbox under {@code key}, in order: each as its type and the case's status after it. */
    static List<String> outbox(AgroalDataSource dataSource, String key) {
        return strings(dataSource, "SELECT type || ' ' || coalesce(payload #>> '{data,status}', '-') FROM outbox_event "
                + "WHERE message_key = ? ORDER BY seq", key);
    }

    /** One column of a query with one parameter, as strings. */
    static List<String> strings(AgroalDataSource dataSource, String sql, Object parameter) {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }
}

package org.keji.ip.dispute;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fixtures of dispute cases: requests, actions, materials of a requester's wallet, outbox rows. */
final class Disputes {

    static final String PATH = "/api/v1/ip-disputes";

    private Disputes() {
    }

    /** A fresh valid invention application number of 2023, canonical. */
    static String aPatentNumber() {
        String body = "20231" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return body + "." + PatentApplicationNumber.checkCharacter(body);
    }

    /** A valid resident ID number of Fuzhou Gulou (350102) born on 7 March 1990. */
    static String aResidentIdNumber() {
        String first17 = "35010219900307" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A material of {@code uscc}'s wallet in ip-service's replica, as if enterprise-service had announced it. */
    static UUID aMaterialOf(String uscc, String title) {
        UUID id = UUID.randomUUID();
        Arc.container().instance(MaterialReplica.class).get().registered(new MaterialRegistered(id, uscc, "OTHER",
                title, "福州市鼓楼区公证处", null, title + ".pdf", "application/pdf", 1024,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"), UUID.randomUUID().toString());
        return id;
    }

    /** The body of an enterprise's request. */
    static String enterpriseRequest(String category, String kind, String uscc, List<String> patents,
            List<UUID> evidence) {
        return """
                {"category":"%s","kind":"%s",
                 "requester":{"type":"ENTERPRISE","uscc":"%s","name":"福州市闽科电子有限公司"},
                 "respondents":[{"name":"厦门某某科技有限公司","region":"350200","contact":"13805912345"}],
                 "patents":%s,
                 "claimSummary":"被请求人未经许可制造、销售落入本专利权利要求1保护范围的产品，请求调解。",
                 "evidence":%s}
                """.formatted(category, kind, uscc, json(patents),
                json(evidence.stream().map(UUID::toString).toList()));
    }

    /** The body of a person's request in {@code region}. */
    static String personRequest(String kind, String idNumber, String region, List<String> patents) {
        return """
                {"category":"MEDIATION","kind":"%s",
                 "requester":{"type":"PERSON","name":"张发明","idNumber":"%s"},
                 "respondents":[{"name":"福州某某机电有限公司","contact":"13905918888"}],
                 "patents":%s,"claimSummary":"职务发明人报酬纠纷，请求调解。","region":"%s"}
                """.formatted(kind, idNumber, json(patents), region);
    }

    static Response request(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key",
                UUID.randomUUID().toString()).body(body).post(PATH);
    }

    /** A case of an enterprise of Fuzhou requested by the enterprise itself; its id. */
    static String aRequestedCase(String kind, String uscc, List<String> patents) {
        return request(Tokens.shared().applicant(uscc), enterpriseRequest("MEDIATION", kind, uscc, patents, List.of()))
                .then().statusCode(201).extract().path("id");
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

    /** A valid body for each action (null for those without one). */
    static String bodyOf(String action) {
        return switch (action) {
            case "reject" -> "{\"reason\":\"已向人民法院起诉\"}";
            case "fail" -> "{\"reason\":\"双方对赔偿金额分歧过大\"}";
            case "agreement" -> "{\"terms\":\"被请求人停止销售并赔偿十万元\"}";
            case "mediation-sessions" -> session(java.time.LocalDate.now(Arc.container()
                    .instance(java.time.Clock.class).get()).toString());
            default -> null;
        };
    }

    static String session(String heldOn) {
        return """
                {"heldOn":"%s","place":"福州市知识产权局调解室","mediator":"林调解员",
                 "attendees":["请求人代理人 王律师","被请求人 陈某"],"summary":"双方同意继续协商。"}
                """.formatted(heldOn);
    }

    /** The types of the outbox rows keyed by the tracking number, in order, with the transaction that wrote each. */
    static List<String[]> outbox(AgroalDataSource dataSource, String trackingNumber) {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT type, xmin::text, payload::text FROM outbox_event WHERE message_key = ? ORDER BY seq")) {
            query.setString(1, trackingNumber);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] { result.getString(1), result.getString(2), result.getString(3) });
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}

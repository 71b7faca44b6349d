package org.keji.project.award;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Fixtures of award nominations: the year's grades (over HTTP, as an admin publishes them), an enterprise in the
 * replica and a material in the material replica (as their enterprise events would have put them), nominations and
 * actions over HTTP, and the rows behind them.
 */
final class Awards {

    static final String GRADES = "/api/v1/awards/grades";
    static final String NOMINATIONS = "/api/v1/awards/nominations";
    static final String TOTALS = "/api/v1/awards/totals";
    /** A valid resident ID number (check character X) and its masked form. */
    static final String ID_NUMBER = "11010519491231002X";
    static final String ID_MASKED = "1101**********002X";

    /** The grades of 2026 every test publishes alike (publishing them unchanged is fine once in use). */
    static final String[] GRADES_2026 = { "SPECIAL=500000.00/1", "FIRST=200000.00/5", "SECOND=100000.00",
            "THIRD=50000.00" };

    private Awards() {
    }

    /** Grades as JSON, each {@code GRADE=amount} or {@code GRADE=amount/quota}. */
    static String grades(String... terms) {
        List<String> grades = new ArrayList<>();
        for (String term : terms) {
            String[] gradeAndRest = term.split("=");
            String[] amountAndQuota = gradeAndRest[1].split("/");
            grades.add("{\"grade\":\"%s\",\"amount\":\"%s\",\"quota\":%s}".formatted(gradeAndRest[0],
                    amountAndQuota[0], amountAndQuota.length > 1 ? amountAndQuota[1] : "null"));
        }
        return "{\"grades\":[" + String.join(",", grades) + "]}";
    }

    static Response publish(String token, int year, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(GRADES + "/" + year);
    }

    /** Publishes the year's grades as an admin. */
    static void published(int year, String... terms) {
        publish(Tokens.shared().admin(), year, grades(terms)).then().statusCode(200);
    }

    /** An enterprise of {@code region} in project-service's replica, as its registration event would have put it. */
    static String anEnterprise(AgroalDataSource dataSource, String region) {
        String uscc = Usccs.aUscc(region);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO enterprise_replica (uscc, name, "
                        + "region, registration_date, revision, last_event_id, updated_at) VALUES (?, ?, ?, "
                        + "DATE '2015-04-01', 1, ?, ?)")) {
            insert.setString(1, uscc);
            insert.setString(2, "福州星河智能装备有限公司");
            insert.setString(3, region);
            insert.setString(4, UUID.randomUUID().toString());
            insert.setObject(5, OffsetDateTime.now());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return uscc;
    }

    /** An evaluation report of {@code owner} as enterprise-service's event would have put it in the replica. */
    static UUID aReport(MaterialReplica replica, String owner) {
        UUID id = UUID.randomUUID();
        replica.registered(new MaterialRegistered(id, owner, "OTHER", "科技成果评价报告", "福州市科技成果评价中心", null,
                "评价报告.pdf", "application/pdf", 52_114,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), UUID.randomUUID().toString());
        return id;
    }

    static String body(String uscc, int year, String grade, UUID material) {
        return """
                {"uscc":"%s","year":%d,"title":"高可靠工业物联网边缘网关关键技术及产业化",
                 "summary":"研制了支持多协议接入的边缘网关，在全省230家企业应用。","nominatedGrade":"%s",
                 "members":[{"name":"林晓峰","idNumber":"%s","role":"项目负责人"},
                            {"name":"陈雨","idNumber":"350102199003077759","role":"核心算法"}],
                 "materials":[{"name":"科技成果评价报告","materialId":"%s"}]}""".formatted(uscc, year, grade,
                ID_NUMBER, material);
    }

    static Response nominate(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(NOMINATIONS);
    }

    /** A nomination of {@code uscc}'s own, its id. */
    static String aNomination(String uscc, int year, String grade, UUID material) {
        return nominate(Tokens.shared().applicant(uscc), body(uscc, year, grade, material)).then().statusCode(201)
                .extract().path("id");
    }

    static Response act(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(NOMINATIONS + "/" + id + "/" + action);
    }

    static String awarded(String grade) {
        return "{\"outcome\":\"AWARDED\",\"grade\":\"" + grade + "\"}";
    }

    static Response get(String token, String id) {
        return given().auth().oauth2(token).get(NOMINATIONS + "/" + id);
    }

    /** An officer of Fuzhou with its own name: maker and checker are two people. */
    static String officer(String name) {
        return Tokens.shared().token(name, "officer", Map.of("region", "350100"));
    }

    /** The events in the outbox under {@code key}, in order: each as its type and the case's status after it. */
    static List<String> outbox(AgroalDataSource dataSource, String key) {
        return strings(dataSource, "SELECT type || ' ' || coalesce(payload #>> '{data,status}', payload #>> "
                + "'{data,outcome}', '-') FROM outbox_event WHERE message_key = ? ORDER BY seq", key);
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

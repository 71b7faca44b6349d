package org.keji.ip.techcontract;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReplica;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fixtures of technology-contract registrations: materials in the replica, submissions and actions over HTTP. */
final class TechnologyContracts {

    static final String PATH = "/api/v1/technology-contracts";

    private TechnologyContracts() {
    }

    /** A material of {@code owner} as enterprise-service's event would have put it in the replica. */
    static UUID aMaterial(MaterialReplica replica, String owner) {
        UUID id = UUID.randomUUID();
        replica.registered(new MaterialRegistered(id, owner, "CONTRACT", "技术开发合同文本", "福建闽科智能技术有限公司", null,
                "技术开发合同.pdf", "application/pdf", 52_113,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), UUID.randomUUID().toString());
        return id;
    }

    /** The body of a submission of a {@code type} contract of {@code amount} yuan by {@code seller}. */
    static String body(String seller, String type, String amount, UUID material) {
        return """
                {"type":"%s","title":"高精度伺服电机控制算法委托开发合同","sellerUscc":"%s","sellerName":"福建闽科智能技术有限公司",
                 "buyer":{"name":"杭州云杉智能装备有限公司","uscc":"91330106MA2KX0AB3E","region":"330106"},
                 "signedOn":"2026-10-15","termFrom":"2026-11-01","termTo":"2027-10-31","contractAmount":"%s",
                 "materials":[{"name":"技术合同文本","materialId":"%s"}]}""".formatted(type, seller, amount, material);
    }

    static Response submit(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH);
    }

    /** A submitted contract's id, filed by the seller itself. */
    static String aSubmittedContract(String token, String seller, String type, String amount, UUID material) {
        return submit(token, body(seller, type, amount, material)).then().statusCode(201).extract().path("id");
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

    /** The events in the outbox under {@code key}, in order. */
    static List<CloudEvent> outbox(AgroalDataSource dataSource, String key) {
        List<CloudEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT payload FROM outbox_event WHERE message_key = ? ORDER BY seq")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(EventJson.read(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}

package org.keji.ip.patent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PatentImportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldWriteExactlyTheGoodItemsOfAThousandItemImport() throws SQLException {
        String holder = Usccs.aUscc();
        String registered = Patents.anInventionNumber();
        Patents.aRegisteredPatent(registered, Usccs.aUscc());
        List<String> items = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String number = Patents.anInventionNumber();
            numbers.add(number);
            items.add(Patents.body(number, holder));
        }
        String first = numbers.get(0);
        String badCheck = numbers.get(10).substring(0, 13) + (numbers.get(10).charAt(13) == '1' ? '2' : '1');
        items.set(10, Patents.body(badCheck, holder));
        items.set(20, Patents.body(numbers.get(20), "2023-03-15",
                List.of(Patents.holder(holder, "甲公司", "60.00"), Patents.holder(Usccs.aUscc(), "乙公司", "39.99")), null));
        items.set(30, Patents.body(numbers.get(30), holder).replace("\"title\":\"一种分布式数据库的数据同步方法\",", ""));
        items.set(40, Patents.body("CN " + first, holder));
        items.set(50, Patents.body(registered, holder));

        JsonPath answer = given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .header("Idempotency-Key", "import-" + first).body("{\"items\":[" + String.join(",", items) + "]}")
                .post("/api/v1/patents/imports").then().statusCode(200).body("created", equalTo(995))
                .body("alreadyRegistered", equalTo(1)).body("invalid", equalTo(4)).extract().jsonPath();

        assertEquals("INVALID", answer.getString("items[10].outcome"));
        assertEquals("applicationNumber", answer.getString("items[10].violations[0].field"));
        assertEquals("holders", answer.getString("items[20].violations[0].field"));
        assertEquals("title", answer.getString("items[30].violations[0].field"));
        assertEquals("INVALID", answer.getString("items[40].outcome"));
        assertEquals(first, answer.getString("items[40].applicationNumber"));
        assertEquals("ALREADY_REGISTERED", answer.getString("items[50].outcome"));
        assertNotNull(answer.getString("items[50].patentId"));
        assertNull(answer.getString("items[10].patentId"));
        Map<String, Object> good = answer.getMap("items[999]");
        assertEquals("CREATED", good.get("outcome"));

        assertEquals(995, count("SELECT count(*) FROM patent p JOIN patent_holder h ON h.patent_id = p.id "
                + "WHERE h.uscc = ?", holder));
        assertEquals(995, count("SELECT count(*) FROM patent_legal_event e JOIN patent_holder h "
                + "ON h.patent_id = e.patent_id WHERE h.uscc = ? AND e.kind = 'FILED'", holder));
        for (int bad : List.of(20, 30)) {
            assertEquals(0, count("SELECT count(*) FROM patent WHERE application_number = ?", numbers.get(bad)));
        }
        assertEquals(1, count("SELECT count(*) FROM patent WHERE application_number = ?", first));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/patents/by-number/" + numbers.get(999)).then()
                .statusCode(200).body("holders[0].uscc", equalTo(holder));
    }

    @Test
    void shouldAnswerARetriedImportWithTheFirstAnswerAndWriteNothingTwice() throws SQLException {
        String holder = Usccs.aUscc();
        String body = "{\"items\":[" + Patents.body(Patents.anInventionNumber(), holder) + ","
                + Patents.body(Patents.anInventionNumber(), holder) + "]}";
        String key = "import-retry-" + holder;
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(Tokens.shared().integration("cnipa")).contentType("application/json")
                    .header("Idempotency-Key", key).body(body).post("/api/v1/patents/imports").then().statusCode(200)
                    .body("created", equalTo(2)).body("items.outcome", equalTo(List.of("CREATED", "CREATED")));
        }
        assertEquals(2, count("SELECT count(*) FROM patent_holder WHERE uscc = ?", holder));
        given().auth().oauth2(Tokens.shared().integration("cnipa")).contentType("application/json").body(body)
                .post("/api/v1/patents/imports").then().statusCode(200).body("alreadyRegistered", equalTo(2))
                .body("items[0].patentId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldRefuseAnImportOfMoreThanAThousandItems() {
        String item = Patents.body(Patents.anInventionNumber(), Usccs.aUscc());
        String body = "{\"items\":[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]}";
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body(body)
                .post("/api/v1/patents/imports").then().statusCode(400).body("code", equalTo("PATENT_IMPORT_TOO_LARGE"))
                .body("violations[0].field", equalTo("items"));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

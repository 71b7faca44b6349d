package org.keji.enterprise.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.audit.AuditChainer;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiWalker;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;

/** Every state-changing operation of this service leaves exactly one entry in its audit trail. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditChainer chainer;

    private record Entry(String operation, int status, String recordType, String recordId) {
    }

    @Test
    void shouldLeaveExactlyOneEntryForEveryStateChangingOperation() {
        // a registered enterprise, so that operations on it can succeed and name their record
        String uscc = Enterprises.aRegisteredEnterprise("审计走查企业");
        List<OpenApiWalker.Call> calls = OpenApiWalker.at(URI.create(TestHTTPResourceManager.getUri() + "/"))
                .withPathValues(Map.of("uscc", uscc)).everyStateChangingOperation().stream()
                // the trail records the API; a POST under /public/v1 (certificate verification) changes nothing
                .filter(call -> call.template().startsWith("/api/v1/")).toList();
        assertTrue(calls.size() >= 30, calls::toString);

        List<String> failures = new ArrayList<>();
        for (OpenApiWalker.Call call : calls) {
            List<Entry> entries = entries(call.requestId());
            if (entries.size() != 1) {
                failures.add(call + "\n    left " + entries);
                continue;
            }
            Entry entry = entries.get(0);
            boolean right = entry.operation().equals(call.operation()) && entry.status() == call.status();
            if (call.status() < 400 && call.template().contains("{")) {
                right &= entry.recordId() != null && entry.recordType() != null;
            }
            if (call.status() == 201 && call.location() != null) {
                String location = URI.create(call.location()).getPath();
                right &= entry.recordId() != null
                        && location.endsWith("/" + entry.recordType() + "/" + last(entry.recordId()));
            }
            if (!right) {
                failures.add(call + "\n    left " + entry);
            }
        }
        assertEquals(List.of(), failures, () -> String.join("\n", failures));
        // most calls are refused (a sample id, an example body); the successes of registering and updating an
        // enterprise are followed in the test below
        assertTrue(calls.stream().anyMatch(call -> call.status() < 400), () -> "the walk reaches a success: " + calls);
        chainer.chainNow();
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/audit/enterprise/verification").then()
                .statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void shouldListAnEnterprisesHistoryToAnOfficerOfItsRegion() {
        String uscc = Enterprises.aRegisteredEnterprise("审计测试企业");
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"审计测试企业（更名）\",\"region\":\"350100\",\"registrationDate\":\"2019-03-15\","
                        + "\"version\":0}")
                .put("/api/v1/enterprises/" + uscc).then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"x\",\"region\":\"350100\",\"registrationDate\":\"2019-03-15\",\"version\":0}")
                .put("/api/v1/enterprises/" + uscc).then().statusCode(409);

        List<Map<String, Object>> history = given().auth().oauth2(Tokens.shared().officer())
                .queryParam("recordType", "enterprises").queryParam("recordId", uscc)
                .get("/api/v1/audit/enterprise/records").then().statusCode(200).body("total", equalTo(3)).extract()
                .jsonPath().getList("items");
        assertEquals(List.of("POST /api/v1/enterprises 201", "PUT /api/v1/enterprises/{uscc} 200",
                "PUT /api/v1/enterprises/{uscc} 409"),
                history.stream().map(e -> e.get("operation") + " " + e.get("status")).toList());

        // the same history as a file for an auditor's spreadsheet, with Chinese headers
        String csv = given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .queryParam("recordType", "enterprises").queryParam("recordId", uscc)
                .get("/api/v1/audit/enterprise/records").then().statusCode(200).extract().asString();
        List<String> lines = csv.replace("\uFEFF", "").replace("\"", "").lines().toList();
        assertTrue(lines.get(0).startsWith("序号,时间,操作人,角色,客户端,操作,记录类型,记录标识"), lines.get(0));
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.get(3).contains(",PUT /api/v1/enterprises/{uscc},enterprises," + uscc + ","), lines.get(3));

        given().auth().oauth2(Tokens.shared().officer("330100")).queryParam("recordType", "enterprises")
                .queryParam("recordId", uscc).get("/api/v1/audit/enterprise/records").then().statusCode(404)
                .body("code", equalTo("AUDIT_RECORD_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(uscc)).queryParam("recordType", "enterprises")
                .queryParam("recordId", uscc).get("/api/v1/audit/enterprise/records").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    private static String last(String recordId) {
        return recordId.substring(recordId.lastIndexOf('/') + 1);
    }

    private List<Entry> entries(String requestId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT operation, status, record_type, record_id FROM audit_entry WHERE request_id = ?")) {
            select.setString(1, requestId);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

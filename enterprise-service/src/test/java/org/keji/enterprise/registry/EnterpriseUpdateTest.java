package org.keji.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.EnterpriseUpdated;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class EnterpriseUpdateTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldUpdateTheRegistrationDataAndPublishTheChange() {
        String uscc = Enterprises.aRegisteredEnterprise("福州星火科技有限公司");
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc).then()
                .header("ETag", "\"0\"");

        update(uscc, null, change("福州星火智能科技有限公司", "350102", "I6513", 0)).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("福州星火智能科技有限公司")).body("region", equalTo("350102"))
                .body("industry", equalTo("I6513")).body("version", equalTo(1));

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()) && r.value().contains(EnterpriseUpdated.TYPE), 1, Duration.ofSeconds(30));
        CloudEvent event = EventJson.read(records.get(0).value());
        EnterpriseUpdated data = EventJson.data(event, EnterpriseUpdated.class);
        assertEquals("福州星火智能科技有限公司", data.name());
        assertEquals(1, data.version());
    }

    @Test
    void shouldRefuseAChangeBasedOnAStaleVersionInTheBody() {
        String uscc = Enterprises.aRegisteredEnterprise("版本冲突公司");
        update(uscc, null, change("第一次修改", "350100", "I6511", 0)).then().statusCode(200);

        update(uscc, null, change("基于旧版本的修改", "350100", "I6511", 0)).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc).then()
                .body("name", equalTo("第一次修改"));
    }

    @Test
    void shouldRefuseAChangeWithAStaleIfMatch() {
        String uscc = Enterprises.aRegisteredEnterprise("条件请求公司");
        update(uscc, "\"0\"", change("先改", "350100", "I6511", 0)).then().statusCode(200);

        update(uscc, "\"0\"", change("后改", "350100", "I6511", 1)).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
    }

    @Test
    void shouldRefuseInvalidFieldsAndUnknownEnterprises() {
        String uscc = Enterprises.aRegisteredEnterprise("校验公司");
        update(uscc, null, change("校验公司", "35", "X99", 0)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", equalTo(List.of("industry", "region")));
        update(uscc, null, "{\"name\":\"无版本\",\"region\":\"350100\",\"registrationDate\":\"2019-03-15\"}").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("version"));
        update(Enterprises.aUscc(), null, change("不存在", "350100", "I6511", 0)).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
    }

    @Test
    void shouldLetOnlyBureauRolesUpdate() {
        String uscc = Enterprises.aRegisteredEnterprise("申报主体不能改");
        given().auth().oauth2(Tokens.shared().applicant(uscc)).contentType("application/json")
                .body(change("自行改名", "350100", "I6511", 0)).put("/api/v1/enterprises/" + uscc).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().contentType("application/json").body(change("匿名", "350100", "I6511", 0))
                .put("/api/v1/enterprises/" + uscc).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    private static String change(String name, String region, String industry, long version) {
        return """
                {"name":"%s","region":"%s","industry":"%s","registrationDate":"2019-03-15","version":%d}"""
                .formatted(name, region, industry, version);
    }

    private static Response update(String uscc, String ifMatch, String body) {
        var request = given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/enterprises/" + uscc);
    }
}

package org.keji.project.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.commons.event.enterprise.EnterpriseUpdated;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The replica is fed over the real broker by events written the way enterprise-service writes them. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class EnterpriseReplicaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entities;

    @Test
    void shouldReplicateARegisteredEnterprise() {
        String uscc = Usccs.aUscc();
        send(registered(uscc, "泉州芯动科技有限公司"));

        awaitReplica(uscc);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + uscc).then()
                .statusCode(200).body("name", equalTo("泉州芯动科技有限公司")).body("region", equalTo("350100"))
                .body("registrationDate", equalTo("2019-03-15")).body("revision", equalTo(1));
    }

    @Test
    void shouldReplicateAndServeAnEnterpriseRegisteredUnderACheckDigitOverride() {
        String pilot = Usccs.aUsccWithWrongCheckCharacter(Usccs.FUZHOU);
        send(registered(pilot, "早期试点企业"));

        awaitReplica(pilot);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + pilot).then()
                .statusCode(200).body("uscc", equalTo(pilot)).body("name", equalTo("早期试点企业"));
    }

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String uscc = Usccs.aUscc();
        String event = registered(uscc, "重复公司");
        send(event);
        send(event);
        send(registered(uscc, "重复公司（更名）"));

        Await.until("replica revision 2", () -> revision(uscc) == 2);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + uscc).then()
                .body("name", equalTo("重复公司（更名）")).body("revision", equalTo(2));
    }

    @Test
    void shouldListReplicasByRegionWithPaging() {
        String uscc = Usccs.aUscc();
        send(registered(uscc, "分页公司"));
        awaitReplica(uscc);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas?region=350100&size=1")
                .then().statusCode(200).body("size", equalTo(1)).body("page", equalTo(0)).body("items.size()", equalTo(1));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas?sort=name").then()
                .statusCode(400).body("code", equalTo("INVALID_SORT"));
    }

    @Test
    void shouldKeepAnOfficerWithinItsRegion() {
        String uscc = Usccs.aUscc();
        send(registered(uscc, "福州辖区公司"));
        awaitReplica(uscc);
        String hangzhou = Tokens.shared().officer("330100");
        given().auth().oauth2(hangzhou).get("/api/v1/enterprise-replicas/" + uscc).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        given().auth().oauth2(hangzhou).get("/api/v1/enterprise-replicas?region=350100").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(hangzhou).get("/api/v1/enterprise-replicas?size=100").then().statusCode(200)
                .body("items.uscc", not(hasItem(uscc)));
        given().auth().oauth2(Tokens.shared().officer("350000")).get("/api/v1/enterprise-replicas/" + uscc).then()
                .statusCode(200);
    }

    @Test
    void shouldHideOtherEnterprisesFromAnApplicantAndRefuseAnonymousCalls() {
        String uscc = Usccs.aUscc();
        send(registered(uscc, "他人公司"));
        awaitReplica(uscc);
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc())).get("/api/v1/enterprise-replicas/" + uscc).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(uscc)).get("/api/v1/enterprise-replicas/" + uscc).then()
                .statusCode(200);
        given().get("/api/v1/enterprise-replicas/" + uscc).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.shared().applicant(uscc)).get("/api/v1/enterprise-replicas").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldTakeTheDataOfAnUpdate() {
        String uscc = Usccs.aUscc();
        send(registered(uscc, "旧名称公司"));
        awaitReplica(uscc);
        send(EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/enterprise-service", EnterpriseUpdated.TYPE, uscc, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(new EnterpriseUpdated(uscc, "新名称公司", "350102", "I6511", LocalDate.of(2019, 3, 16),
                        1)))));

        Await.until("replica revision 2", () -> revision(uscc) == 2);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + uscc).then()
                .body("name", equalTo("新名称公司")).body("region", equalTo("350102"))
                .body("registrationDate", equalTo("2019-03-16"));
    }

    @Test
    void shouldNotUndoANewerUpdateWithAnOlderEventArrivingLate() {
        String uscc = Usccs.aUscc();
        String registration = registered(uscc, "初始名称公司");
        send(registration);
        awaitReplica(uscc);
        send(updated(uscc, "第三版名称公司", "350103", 3));
        Await.until("replica revision 2", () -> revision(uscc) == 2);

        // older data under new event ids (a replay, a producer retry): passed over, not applied
        String older = updated(uscc, "第二版名称公司", "350102", 2);
        send(older);
        String registeredAgain = registered(uscc, "初始名称公司");
        send(registeredAgain);
        Await.until("older events consumed",
                () -> inboxRows(EventJson.read(older).id()) == 1 && inboxRows(EventJson.read(registeredAgain).id()) == 1);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + uscc).then()
                .statusCode(200).body("name", equalTo("第三版名称公司")).body("region", equalTo("350103"))
                .body("revision", equalTo(2));

        send(updated(uscc, "第四版名称公司", "350104", 4));
        Await.until("replica revision 3", () -> revision(uscc) == 3);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + uscc).then()
                .body("name", equalTo("第四版名称公司"));
    }

    private static String updated(String uscc, String name, String region, long version) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/enterprise-service", EnterpriseUpdated.TYPE, uscc, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(new EnterpriseUpdated(uscc, name, region, "I6511", LocalDate.of(2019, 3, 15), version))));
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }

    private static String registered(String uscc, String name) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/enterprise-service", EnterpriseRegistered.TYPE, uscc, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(new EnterpriseRegistered(uscc, name, "350100", "I6511", LocalDate.of(2019, 3, 15)))));
    }

    private void send(String event) {
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", EventJson.read(event).subject(), event);
    }

    private int revision(String uscc) {
        var response = given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprise-replicas/" + uscc);
        return response.statusCode() == 200 ? response.path("revision") : 0;
    }

    private void awaitReplica(String uscc) {
        Await.until("replica of " + uscc, () -> revision(uscc) >= 1);
        assertEquals(1, revision(uscc));
    }
}

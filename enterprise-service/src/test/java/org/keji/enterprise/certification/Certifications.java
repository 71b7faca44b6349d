package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.Tokens;

import io.restassured.response.Response;

/** Fixtures: certificates recorded through the API (validFrom may lie in the past), and the lifecycle actions. */
public final class Certifications {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000L);

    /** A recorded certificate and its holder. */
    public record Held(String id, String uscc) {
    }

    private Certifications() {
    }

    /** Registers a fresh enterprise and records an HNTE certificate (3 years, annual reports) from {@code validFrom}. */
    public static Held anHnteCertificate(LocalDate validFrom) {
        return aCertificate("HNTE", validFrom, null);
    }

    /** Registers a fresh enterprise and records a certificate of {@code type}; {@code validTo} null = the type's. */
    public static Held aCertificate(String type, LocalDate validFrom, LocalDate validTo) {
        String uscc = Enterprises.aRegisteredEnterprise("认定企业" + SERIAL.incrementAndGet() + "有限公司");
        return new Held(record(uscc, type, validFrom, validTo), uscc);
    }

    /** Records a certificate of {@code type} for a registered enterprise and returns its id. */
    public static String record(String uscc, String type, LocalDate validFrom, LocalDate validTo) {
        String to = validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"";
        return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"uscc\":\"%s\",\"certificationType\":\"%s\",\"certificateNumber\":\"%s\",\"validFrom\":\"%s\"%s}"
                        .formatted(uscc, type, "GR" + SERIAL.incrementAndGet(), validFrom, to))
                .post("/api/v1/certifications").then().statusCode(201).extract().path("id");
    }

    public static Response get(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/certifications/" + id);
    }

    public static Response fileAnnualReport(String token, String id, int year) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"year\":" + year + "}")
                .post("/api/v1/certifications/" + id + "/annual-reports");
    }

    public static Response reportChange(String token, String id, String kind, LocalDate occurredOn) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"%s\",\"occurredOn\":\"%s\",\"description\":\"企业名称变更为福州市星火智能科技有限公司\"}"
                        .formatted(kind, occurredOn))
                .post("/api/v1/certifications/" + id + "/change-reports");
    }

    /** Starts a re-check as an officer, based on {@code version}. */
    public static Response recheck(String id, long version) {
        return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"reason\":\"举报研发费用归集不实\",\"version\":" + version + "}")
                .post("/api/v1/certifications/" + id + "/recheck");
    }

    public static Response clear(String id, long version) {
        return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"version\":" + version + "}").post("/api/v1/certifications/" + id + "/clear");
    }

    public static Response revoke(String id, String ground, int clawbackFromYear, long version) {
        return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"ground\":\"%s\",\"reason\":\"复核不符合认定条件\",\"clawbackFromYear\":%d,\"version\":%d}"
                        .formatted(ground, clawbackFromYear, version))
                .post("/api/v1/certifications/" + id + "/revoke");
    }

    /** Takes a certificate to UNDER_RECHECK; returns its new version. */
    public static long underRecheck(String id) {
        long version = ((Number) get(Tokens.shared().officer(), id).then().statusCode(200).extract().path("version"))
                .longValue();
        return ((Number) recheck(id, version).then().log().ifValidationFails().statusCode(200).extract()
                .path("version")).longValue();
    }
}

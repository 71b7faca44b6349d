package org.keji.enterprise.registry;

import static io.restassured.RestAssured.given;

import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

/** Fixtures: enterprises with fresh, valid unified social credit codes, so tests run in any order. */
public final class Enterprises {

    private Enterprises() {
    }

    /** A valid USCC not used before in this JVM: market regulation (9), company (1), Fuzhou (350100). */
    public static String aUscc() {
        return Usccs.aUscc();
    }

    public static String aRegistration(String uscc, String name) {
        return """
                {"uscc":"%s","name":"%s","region":"350100","registrationDate":"2019-03-15"}""".formatted(uscc, name);
    }

    public static String aRegistration(String uscc, String name, String region, String industry,
            String registrationDate) {
        return """
                {"uscc":"%s","name":"%s","region":"%s","industry":"%s","registrationDate":"%s"}"""
                .formatted(uscc, name, region, industry, registrationDate);
    }

    /**
     * A registration of Fuzhou (350100), where the early pilot codes are, that carries a check-digit override with
     * {@code reason}.
     */
    public static String aRegistrationWithOverride(String uscc, String reason) {
        return """
                {"uscc":"%s","name":"早期试点企业","region":"350100","registrationDate":"2001-06-01",\
                "checkDigitOverride":{"reason":"%s"}}""".formatted(uscc, reason);
    }

    /** Registers a fresh enterprise (as an officer) and returns its USCC. */
    public static String aRegisteredEnterprise(String name) {
        return aRegisteredEnterprise(name, "2019-03-15");
    }

    /** Registers a fresh enterprise founded on {@code registrationDate} and returns its USCC. */
    public static String aRegisteredEnterprise(String name, String registrationDate) {
        String uscc = aUscc();
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(aRegistration(uscc, name, "350100", "I6511", registrationDate)).post("/api/v1/enterprises")
                .then().statusCode(201);
        return uscc;
    }
}

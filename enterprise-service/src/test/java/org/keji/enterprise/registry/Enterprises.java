package org.keji.enterprise.registry;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicLong;

import org.keji.commons.identifier.Uscc;
import org.keji.testkit.Tokens;

/** Fixtures: enterprises with fresh, valid unified social credit codes, so tests run in any order. */
public final class Enterprises {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

    private Enterprises() {
    }

    /** A valid USCC not used before in this JVM: market regulation (9), company (1), Fuzhou (350100). */
    public static String aUscc() {
        String organisation = String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        String first17 = "91350100" + organisation;
        return first17 + Uscc.checkCharacter(first17);
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

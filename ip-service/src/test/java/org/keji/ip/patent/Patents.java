package org.keji.ip.patent;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.PatentType;
import org.keji.testkit.Tokens;

import io.restassured.response.Response;

/** Fixtures of the patent aggregate: fresh valid application numbers, request bodies, registered patents. */
public final class Patents {

    // a random start per JVM, so runs sharing a database do not collide
    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 5_000_000));

    private Patents() {
    }

    /** A valid application number of {@code year} and {@code type}, not handed out before. */
    public static String aNumber(int year, PatentType type) {
        String twelve = "%04d%c%07d".formatted(year, type.digit(), SERIAL.getAndIncrement());
        return twelve + "." + PatentApplicationNumber.checkCharacter(twelve);
    }

    public static String anInventionNumber() {
        return aNumber(2023, PatentType.INVENTION);
    }

    /** A resident ID number with a correct check character, born on 1980-01-01 in Hangzhou (330102). */
    public static String anIdNumber(int sequence) {
        String first17 = "3301021980010%04d".formatted(sequence % 10_000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String holder(String uscc, String name, String share) {
        return """
                {"uscc":"%s","name":"%s","share":"%s"}""".formatted(uscc, name, share);
    }

    /** A register body: filed on {@code filingDate}, with the given holders (JSON objects) and one inventor. */
    public static String body(String number, String filingDate, List<String> holders, String idNumber) {
        return """
                {"applicationNumber":"%s","title":"一种分布式数据库的数据同步方法","ipcMainClass":"G06F 16/27",\
                "ipcClasses":["H04L 67/10"],"filingDate":"%s","holders":[%s],\
                "inventors":[{"name":"张伟","idNumber":%s}]}"""
                .formatted(number, filingDate, String.join(",", holders),
                        idNumber == null ? "null" : "\"" + idNumber + "\"");
    }

    public static String body(String number, String uscc) {
        int year = Integer.parseInt(number.replaceAll("[^0-9]", "").substring(0, 4));
        return body(number, year + "-03-15", List.of(holder(uscc, "福州市星火科技有限公司", "100.00")), anIdNumber(1));
    }

    public static Response register(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/patents");
    }

    /** A patent held by {@code uscc} alone, registered by an admin; its id. */
    public static UUID aRegisteredPatent(String uscc) {
        return aRegisteredPatent(anInventionNumber(), uscc);
    }

    public static UUID aRegisteredPatent(String number, String uscc) {
        return UUID.fromString(register(Tokens.shared().admin(), body(number, uscc)).then().statusCode(201).extract()
                .path("id"));
    }

    public static Response append(String token, UUID id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/patents/" + id + "/legal-events");
    }

    public static String event(String kind, String effectiveDate, String details) {
        return """
                {"kind":"%s","effectiveDate":"%s","details":%s}""".formatted(kind, effectiveDate,
                details == null ? "null" : details);
    }
}

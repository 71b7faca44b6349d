package org.keji.enterprise.incubator;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.testkit.Tokens;

import io.restassured.response.Response;

/** Fixtures: incubators, tenants and their records, each created fresh so tests run in any order. */
public final class Incubators {

    public static final String PATH = "/api/v1/incubators";

    private Incubators() {
    }

    /** A unique marker to put into names, so that a test finds its own incubators in the directory. */
    public static String aMarker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String aRegistration(String name, String level, String kind, int capacity) {
        return """
                {"name":"%s","kind":"%s","level":"%s","operatorUscc":"91350100M000100Y43",\
                "operatorName":"福州软件园产业发展有限公司","region":"350100","spaceSquareMetres":12500.50,\
                "capacity":%d,"recognisedOn":"2021-06-30"}""".formatted(name, kind, level, capacity);
    }

    public static String aRegistration(String name, int capacity) {
        return aRegistration(name, "PROVINCIAL", "INCUBATOR", capacity);
    }

    public static String anUpdate(String name, int capacity, long version) {
        return """
                {"name":"%s","kind":"MAKER_SPACE","level":"NATIONAL","operatorUscc":"91350100M000100Y43",\
                "operatorName":"福州软件园产业发展有限公司","region":"350100","spaceSquareMetres":13000,\
                "capacity":%d,"recognisedOn":"2021-06-30","version":%d}""".formatted(name, capacity, version);
    }

    public static Response register(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(PATH);
    }

    /** A provincial incubator with the given number of places, registered by an officer. */
    public static UUID anIncubator(int capacity) {
        return UUID.fromString(register(Tokens.shared().officer(), aRegistration("福州市软件园科技企业孵化器" + aMarker(), capacity))
                .then().statusCode(201).extract().path("id"));
    }

    public static String anAdmission(String uscc, String name, LocalDate movedInOn, Integer limitMonths) {
        return """
                {"uscc":"%s","name":"%s","movedInOn":"%s"%s}""".formatted(uscc, name, movedInOn,
                limitMonths == null ? "" : ",\"incubationLimitMonths\":" + limitMonths);
    }

    public static Response admit(String token, UUID incubatorId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post(tenantsPath(incubatorId));
    }

    /** A tenant with the given USCC that moved in a year ago, admitted by an officer. */
    public static UUID aTenant(UUID incubatorId, String uscc) {
        return UUID.fromString(admit(Tokens.shared().officer(), incubatorId,
                anAdmission(uscc, "福州市星火科技有限公司", aYearAgo(), null)).then().statusCode(201).extract()
                .path("id"));
    }

    public static Response action(String token, UUID incubatorId, UUID tenantId, String action, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post(tenantPath(incubatorId, tenantId) + "/" + action);
    }

    public static String anAssessment(int year, String grade, LocalDate assessedOn) {
        return """
                {"year":%d,"grade":"%s","assessedOn":"%s","remarks":"研发投入达标，营收增长明显。"}"""
                .formatted(year, grade, assessedOn);
    }

    public static String aPayment(String amount, LocalDate paidOn) {
        return """
                {"amount":"%s","paidOn":"%s","purpose":"样机研制及首批试产"}""".formatted(amount, paidOn);
    }

    public static String aDate(LocalDate on) {
        return """
                {"on":"%s"}""".formatted(on);
    }

    public static String aMoveOut(LocalDate on) {
        return """
                {"on":"%s","reason":"年度考核不合格，限期迁出。"}""".formatted(on);
    }

    public static LocalDate aYearAgo() {
        return LocalDate.now().minusYears(1);
    }

    public static String tenantsPath(UUID incubatorId) {
        return PATH + "/" + incubatorId + "/tenants";
    }

    public static String tenantPath(UUID incubatorId, UUID tenantId) {
        return tenantsPath(incubatorId) + "/" + tenantId;
    }
}

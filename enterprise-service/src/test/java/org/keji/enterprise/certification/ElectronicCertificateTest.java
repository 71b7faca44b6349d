package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Electronic certificates: the verification code only its holder sees, the public verification (no token) that answers
 * valid, revoked, expired or not yet valid and nothing else, the same answer to an unknown number and a wrong code, and
 * the signed document whose hash the verification confirms and whose signature the published key checks.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
public class ElectronicCertificateTest {

    /** A verification code as shown: 16 Crockford base32 characters in four groups. */
    public static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";
    private static final String VERIFY = "/public/v1/certificate-verifications";
    /** Everything a verification answers; one field more is a leak. */
    private static final Set<String> VERIFICATION_FIELDS = Set.of("valid", "status", "holderName", "holderUscc",
            "certificationType", "validFrom", "validTo", "documentMatches");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MutableClock clock;

    @Inject
    CertificationExpiryJob expiryJob;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void shouldShowTheCodeToItsHolderOnlyAndNeverInLists() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        String code = codeOf(held);
        assertEquals(code, Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200).extract()
                .path("verificationCode"));
        assertEquals(code, Certifications.get(Tokens.shared().admin(), held.id()).then().statusCode(200).extract()
                .path("verificationCode"));
        Certifications.get(Tokens.shared().integration("province-platform"), held.id()).then().statusCode(200)
                .body("verificationCode", nullValue());
        // an officer of the whole country reaches it too, as bureau staff above the region
        Certifications.get(Tokens.shared().officer("000000"), held.id()).then().statusCode(200)
                .body("verificationCode", equalTo(code));

        given().auth().oauth2(Tokens.shared().officer()).queryParam("uscc", held.uscc()).get("/api/v1/certifications")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].verificationCode", nullValue());
        given().auth().oauth2(Tokens.shared().applicant(held.uscc()))
                .get("/api/v1/enterprises/" + held.uscc() + "/certifications").then().statusCode(200)
                .body("[0].id", equalTo(held.id())).body("[0].verificationCode", nullValue());
    }

    @Test
    void shouldVerifyAValidCertificateWithoutATokenAndAnswerNothingElse() throws Exception {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        String code = codeOf(held);
        Map<String, Object> certificate = Certifications.get(Tokens.shared().officer(), held.id()).then().extract()
                .jsonPath().getMap("");

        Response answer = verify(certificate.get("certificateNumber"), code, null, null);
        answer.then().statusCode(200).contentType("application/json").body("valid", equalTo(true))
                .body("status", equalTo("VALID")).body("holderUscc", equalTo(held.uscc()))
                .body("holderName", matchesPattern("认定企业\\d+有限公司")).body("certificationType", equalTo("HNTE"))
                .body("validFrom", equalTo(certificate.get("validFrom")))
                .body("validTo", equalTo(certificate.get("validTo"))).body("documentMatches", nullValue());
        assertEquals(VERIFICATION_FIELDS, fields(answer));

        // typed as read: lower case, without hyphens, O for 0 and l for 1 are the same code
        String retyped = code.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
        verify(certificate.get("certificateNumber"), retyped, null, null).then().statusCode(200)
                .body("valid", equalTo(true));
        // a token is not needed, and does no harm
        verify(certificate.get("certificateNumber"), code, null, Tokens.shared().expert("expert-1")).then()
                .statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void shouldAnswerAWrongCodeExactlyAsAnUnknownNumber() throws Exception {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        String code = codeOf(held);
        String number = numberOf(held);
        String wrong = (code.charAt(0) == '7' ? '8' : '7') + code.substring(1);

        Response wrongCode = verify(number, wrong, null, null);
        Response unknownNumber = verify("NO-SUCH-" + number, code, null, null);
        Response both = verify("NO-SUCH-" + number, wrong, null, null);
        for (Response answer : List.of(wrongCode, unknownNumber, both)) {
            answer.then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("CERTIFICATE_NOT_VERIFIED"));
        }
        assertEquals(withoutRequestId(wrongCode), withoutRequestId(unknownNumber));
        assertEquals(withoutRequestId(wrongCode), withoutRequestId(both));
        // another certificate's code does not open this one
        Certifications.Held other = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        verify(number, codeOf(other), null, null).then().statusCode(404)
                .body("code", equalTo("CERTIFICATE_NOT_VERIFIED"));
    }

    @Test
    void shouldAnswerRevokedForARevokedCertificate() throws Exception {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        String code = codeOf(held);
        String number = numberOf(held);
        long version = Certifications.underRecheck(held.id());
        // a re-check under way is not published: still valid
        verify(number, code, null, null).then().statusCode(200).body("status", equalTo("VALID"));

        Certifications.revoke(held.id(), "FRAUD", LocalDate.now(clock).getYear(), version).then().statusCode(200);
        Response answer = verify(number, code, null, null);
        answer.then().statusCode(200).body("valid", equalTo(false)).body("status", equalTo("REVOKED"));
        assertEquals(VERIFICATION_FIELDS, fields(answer));
    }

    @Test
    void shouldAnswerExpiredTheDayAfterTheLastDayOfValidity() {
        LocalDate lastDay = LocalDate.of(2025, 9, 30);
        clock.travelTo(lastDay);
        Certifications.Held held = Certifications.aCertificate("HNTE", LocalDate.of(2022, 10, 1), null);
        String code = codeOf(held);
        String number = numberOf(held);
        verify(number, code, null, null).then().statusCode(200).body("valid", equalTo(true))
                .body("status", equalTo("VALID")).body("validTo", equalTo("2025-09-30"));

        clock.travelTo(lastDay.plusDays(1));
        // expired by its dates before the nightly job has run, and after
        assertStanding(number, code, false, "EXPIRED");
        expiryJob.expireDue();
        Certifications.get(Tokens.shared().officer(), held.id()).then().body("status", equalTo("EXPIRED"));
        assertStanding(number, code, false, "EXPIRED");
    }

    @Test
    void shouldAnswerNotYetValidBeforeTheFirstDay() {
        LocalDate firstDay = LocalDate.now(clock);
        Certifications.Held held = Certifications.anHnteCertificate(firstDay);
        String number = numberOf(held);
        String code = codeOf(held);
        // a certificate whose validity starts later (an application certified ahead of the day) is not valid yet
        clock.travelTo(firstDay.minusDays(1));
        assertStanding(number, code, false, "NOT_YET_VALID");
        clock.travelTo(firstDay);
        assertStanding(number, code, true, "VALID");
    }

    @Test
    void shouldConfirmTheDocumentsHashAndRefuseATamperedDocument() throws Exception {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        String code = codeOf(held);
        String number = numberOf(held);
        Response download = document(Tokens.shared().applicant(held.uscc()), held.id());
        download.then().statusCode(200).contentType("application/jose")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + held.id() + ".jws\"");
        byte[] bytes = download.asByteArray();
        String hash = sha256(bytes);
        assertEquals("\"" + hash + "\"", download.header("ETag"));
        // byte-stable: downloaded again, by another of the holder's reach, after the enterprise is renamed
        rename(held.uscc(), "更名后科技有限公司");
        assertArrayEquals(bytes, document(Tokens.shared().officer(), held.id()).asByteArray());

        String[] parts = new String(bytes, StandardCharsets.US_ASCII).split("\\.");
        assertEquals(3, parts.length);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("RS256", header.path("alg").asText());
        assertEquals(Set.of("certificateId", "certificateNumber", "certificationType", "level", "holderName",
                "holderUscc", "validFrom", "validTo", "issuer", "issuedAt", "verificationCode"),
                names(payload));
        assertEquals(code, payload.path("verificationCode").asText());
        assertEquals(number, payload.path("certificateNumber").asText());
        assertEquals("NATIONAL", payload.path("level").asText());
        assertTrue(payload.path("holderName").asText().startsWith("认定企业"), payload.toString());

        PublicKey key = publishedKey(header.path("kid").asText());
        assertTrue(signatureHolds(key, parts), "the published key verifies the document");
        verify(number, code, hash, null).then().statusCode(200).body("documentMatches", equalTo(true));
        verify(number, code, hash.toUpperCase(), null).then().statusCode(200).body("documentMatches", equalTo(true));

        // one byte changed: the validity's last year moved on by one
        String tamperedPayload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"validTo\":\"" + payload.path("validTo").asText().substring(0, 3),
                        "\"validTo\":\"" + payload.path("validTo").asText().substring(0, 2)
                                + (char) (payload.path("validTo").asText().charAt(2) + 1));
        String[] tampered = { parts[0],
                Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(tamperedPayload.getBytes(StandardCharsets.UTF_8)),
                parts[2] };
        byte[] tamperedBytes = String.join(".", tampered).getBytes(StandardCharsets.US_ASCII);
        assertNotEquals(new String(bytes, StandardCharsets.US_ASCII), new String(tamperedBytes,
                StandardCharsets.US_ASCII));
        assertFalse(signatureHolds(key, tampered), "the signature fails on a changed payload");
        verify(number, code, sha256(tamperedBytes), null).then().statusCode(200)
                .body("documentMatches", equalTo(false)).body("valid", equalTo(true));
    }

    @Test
    void shouldLetOnlyTheHoldersReachDownloadTheDocument() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(clock).minusMonths(1));
        document(Tokens.shared().admin(), held.id()).then().statusCode(200);
        document(Tokens.shared().applicant(Enterprises.aUscc()), held.id()).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        document(Tokens.shared().officer("330100"), held.id()).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        document(Tokens.shared().expert("expert-1"), held.id()).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        document(Tokens.shared().integration("province-platform"), held.id()).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/certifications/" + held.id() + "/document").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldGiveACertificateWrittenBeforeTheMigrationACodeOfItsOwn() {
        // a row written by SQL alone, as every certificate before V15 was: the column default draws its salt
        String uscc = StoredCertifications.anEnterprise(dataSource, "350100");
        String id = StoredCertifications.aCertificate(dataSource, uscc, "HNTE", LocalDate.now(clock).minusYears(1),
                LocalDate.now(clock).plusYears(2)).toString();
        String other = StoredCertifications.aCertificate(dataSource, uscc, "TECH_SME", LocalDate.now(clock).minusYears(1),
                LocalDate.now(clock).plusDays(30)).toString();
        String code = Certifications.get(Tokens.shared().admin(), id).then().statusCode(200)
                .body("verificationCode", matchesPattern(CODE)).extract().path("verificationCode");
        assertNotEquals(code, Certifications.get(Tokens.shared().admin(), other).then().extract()
                .path("verificationCode"));
        verify("T-" + id, code, null, null).then().statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void shouldPublishTheSigningKeyWithoutAToken() {
        given().get("/public/v1/certificate-keys").then().statusCode(200).body("keys.size()", equalTo(1))
                .body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"));
    }

    @Test
    void shouldDocumentTheTwoPublicOperationsAsTheOnlyOnesWithoutAToken() throws Exception {
        JsonNode paths = JSON.readTree(given().get("/q/openapi?format=json").asString()).path("paths");
        Set<String> open = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode security = operation.getValue().path("security");
            boolean secured = false;
            for (JsonNode requirement : security) {
                secured |= !requirement.isEmpty();
            }
            if (operation.getValue().has("responses") && !secured) {
                open.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertEquals(Set.of("GET /public/v1/certificate-keys", "POST /public/v1/certificate-verifications"), open);
        // no token, so no 401 or 403 is documented for them
        JsonNode verification = paths.path("/public/v1/certificate-verifications").path("post").path("responses");
        assertEquals(Set.of("200", "400", "404"), names(verification));
    }

    @Test
    void shouldRefuseAVerificationWithoutNumberOrCode() {
        given().contentType("application/json").body("{\"certificateNumber\":\"GR1\"}").post(VERIFY).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("verificationCode"));
        given().contentType("application/json")
                .body("{\"certificateNumber\":\"GR1\",\"verificationCode\":\"X\",\"documentSha256\":\"abc\"}")
                .post(VERIFY).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("documentSha256"));
    }

    /** The code the holder's applicant sees in its view of the certificate. */
    static String codeOf(Certifications.Held held) {
        return Certifications.get(Tokens.shared().applicant(held.uscc()), held.id()).then().statusCode(200)
                .body("verificationCode", matchesPattern(CODE)).extract().path("verificationCode");
    }

    static String numberOf(Certifications.Held held) {
        return Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200).extract()
                .path("certificateNumber");
    }

    /** The verification answers 200 with this validity and status. */
    static void assertStanding(String number, String code, boolean valid, String status) {
        verify(number, code, null, null).then().statusCode(200).body("valid", equalTo(valid))
                .body("status", equalTo(status));
    }

    static Response verify(Object number, String code, String documentSha256, String token) {
        var request = given().contentType("application/json");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        String hash = documentSha256 == null ? "" : ",\"documentSha256\":\"" + documentSha256 + "\"";
        return request.body("{\"certificateNumber\":\"%s\",\"verificationCode\":\"%s\"%s}".formatted(number, code, hash))
                .post(VERIFY);
    }

    static Response document(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/certifications/" + id + "/document");
    }

    private static void rename(String uscc, String name) {
        long version = ((Number) given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc)
                .then().statusCode(200).extract().path("version")).longValue();
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"%s\",\"region\":\"350100\",\"registrationDate\":\"2019-03-15\",\"version\":%d}"
                        .formatted(name, version))
                .put("/api/v1/enterprises/" + uscc).then().statusCode(200).body("name", equalTo(name));
    }

    private static PublicKey publishedKey(String keyId) throws Exception {
        Map<String, String> jwk = given().get("/public/v1/certificate-keys").then().statusCode(200).extract()
                .jsonPath().getMap("keys.find { it.kid == '" + keyId + "' }");
        Base64.Decoder base64url = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, base64url.decode(jwk.get("n"))), new BigInteger(1, base64url.decode(jwk.get("e")))));
    }

    private static boolean signatureHolds(PublicKey key, String[] parts) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Set<String> fields(Response response) throws Exception {
        return names(JSON.readTree(response.asString()));
    }

    private static JsonNode withoutRequestId(Response response) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
                .readTree(response.asString());
        body.remove("requestId");
        return body;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

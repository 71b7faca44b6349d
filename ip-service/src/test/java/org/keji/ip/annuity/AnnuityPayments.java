package org.keji.ip.annuity;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.material.MaterialReplica;
import org.keji.ip.patent.Patents;
import org.keji.testkit.Tokens;

import io.restassured.response.Response;

/** Fixtures of annuity payments: granted patents with chosen dates, payment bodies, the payment and annuities calls. */
final class AnnuityPayments {

    private AnnuityPayments() {
    }

    /** A patent of {@code type} held by {@code uscc} alone, filed on {@code filing}, granted on {@code granted} (or not). */
    static UUID aPatent(String uscc, PatentType type, LocalDate filing, LocalDate granted) {
        String number = Patents.aNumber(filing.getYear(), type);
        String body = Patents.body(number, filing.toString(),
                List.of(Patents.holder(uscc, "福州市星火科技有限公司", "100.00")), Patents.anIdNumber(7));
        UUID id = UUID.fromString(Patents.register(Tokens.shared().admin(), body).then().statusCode(201).extract()
                .path("id"));
        if (granted != null) {
            Patents.append(Tokens.shared().admin(), id, Patents.event("GRANTED", granted.toString(), null)).then()
                    .statusCode(201);
        }
        return id;
    }

    /** An invention held by {@code uscc}, filed on {@code filing} and granted on {@code granted}. */
    static UUID anInvention(String uscc, LocalDate filing, LocalDate granted) {
        return aPatent(uscc, PatentType.INVENTION, filing, granted);
    }

    /** A fee receipt of {@code owner} as enterprise-service's event would have put it in the replica. */
    static UUID aReceipt(MaterialReplica replica, String owner) {
        UUID id = UUID.randomUUID();
        replica.registered(new MaterialRegistered(id, owner, "PAYMENT_PROOF", "专利年费收据", "国家知识产权局", null, "年费收据.pdf",
                "application/pdf", 18_204, "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
                UUID.randomUUID().toString());
        return id;
    }

    static String body(int termYear, LocalDate paidOn, String amount) {
        return """
                {"termYear":%d,"paidOn":"%s","amount":"%s"}""".formatted(termYear, paidOn, amount);
    }

    static Response pay(String token, UUID patentId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/patents/" + patentId + "/annuity-payments");
    }

    static Response pay(UUID patentId, int termYear, LocalDate paidOn, String amount) {
        return pay(Tokens.shared().officer(), patentId, body(termYear, paidOn, amount));
    }

    static Response annuities(String token, UUID patentId) {
        return given().auth().oauth2(token).get("/api/v1/patents/" + patentId + "/annuities");
    }

    static Response legalEvents(UUID patentId) {
        return given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/patents/" + patentId + "/legal-events");
    }

    static Response patent(UUID patentId) {
        return given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/patents/" + patentId);
    }
}

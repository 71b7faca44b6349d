package org.keji.ip.annuity;

import static org.hamcrest.Matchers.equalTo;
import static org.keji.ip.annuity.AnnuityPayments.anInvention;
import static org.keji.ip.annuity.AnnuityPayments.annuities;
import static org.keji.ip.annuity.AnnuityPayments.body;
import static org.keji.ip.annuity.AnnuityPayments.pay;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Who records and reads a patent's annuities: the patent's reach, bureau roles to write, scopes for integrations. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityPaymentAccessTest {

    private static final LocalDate FILED = LocalDate.of(2021, 3, 15);
    private static final LocalDate GRANTED = LocalDate.of(2022, 6, 1);
    private static final String YEAR_3 = body(3, LocalDate.of(2023, 3, 15), "900.00");

    @Test
    void shouldLetAHolderReadButNotRecord() {
        String holder = Usccs.aUscc();
        UUID patent = anInvention(holder, FILED, GRANTED);
        annuities(Tokens.shared().applicant(holder), patent).then().statusCode(200)
                .body("patentId", equalTo(patent.toString()));
        pay(Tokens.shared().applicant(holder), patent, YEAR_3).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldHideThePatentFromAForeignApplicant() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        annuities(Tokens.shared().applicant(Usccs.aUscc()), patent).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
    }

    @Test
    void shouldHideThePatentFromAnOfficerOfAnotherRegion() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        pay(Tokens.shared().officer("330100"), patent, YEAR_3).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
        annuities(Tokens.shared().officer("330100"), patent).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
        // the officer of the patent's region records it
        pay(Tokens.shared().officer("350000"), patent, YEAR_3).then().statusCode(201);
    }

    @Test
    void shouldRefuseAnExpert() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        annuities(Tokens.shared().expert("expert-9"), patent).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        pay(Tokens.shared().expert("expert-9"), patent, YEAR_3).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldRequireTheIpScopesOfAnIntegration() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        String readOnly = Tokens.shared().integration("cnipa-sync", List.of("ip:read"));
        annuities(readOnly, patent).then().statusCode(200);
        pay(readOnly, patent, YEAR_3).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        annuities(Tokens.shared().integration("cnipa-sync", List.of("enterprise:read")), patent).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        pay(Tokens.shared().integration("cnipa-sync", List.of("ip:write")), patent, YEAR_3).then().statusCode(201)
                .body("recordedBy", equalTo("cnipa-sync"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPatent() {
        annuities(Tokens.shared().admin(), UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
        pay(Tokens.shared().admin(), UUID.randomUUID(), YEAR_3).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
    }
}

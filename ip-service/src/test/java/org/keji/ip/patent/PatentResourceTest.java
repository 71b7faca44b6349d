package org.keji.ip.patent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.keji.ip.patent.Patents.body;
import static org.keji.ip.patent.Patents.holder;
import static org.keji.ip.patent.Patents.register;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.commons.identifier.PatentType;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PatentResourceTest {

    private static final Tokens TOKENS = Tokens.shared();

    @Test
    void shouldRegisterAPatentAndReadItBackByAnyAcceptedFormOfItsNumber() {
        String number = Patents.anInventionNumber();
        String uscc = Usccs.aUscc("350102");
        String other = Usccs.aUscc("350103");
        String written = "CN " + number.substring(0, 4) + " 1 " + number.substring(5);
        String id = register(TOKENS.integration("cnipa"), body(written, "2023-03-15",
                List.of(holder(uscc, "福州市星火科技有限公司", "60.00"), holder(other, "福州大学科技开发公司", "40.00")),
                Patents.anIdNumber(7)))
                .then().statusCode(201)
                .body("applicationNumber", equalTo(number)).body("type", equalTo("INVENTION"))
                .body("title", equalTo("一种分布式数据库的数据同步方法"))
                .body("holders[1].name", equalTo("福州大学科技开发公司")).body("holders[0].share", equalTo("60.00"))
                .body("region", equalTo("350102")).body("status", equalTo("FILED"))
                .body("termEndsOn", equalTo("2043-03-15")).body("version", equalTo(0)).extract().path("id");

        for (String form : List.of(number, "CN" + number, "ZL " + number, written)) {
            given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents/by-number/{number}", form).then().statusCode(200)
                    .body("id", equalTo(id)).body("ipcClasses", equalTo(List.of("H04L 67/10")));
        }
        given().auth().oauth2(TOKENS.applicant(other)).get("/api/v1/patents/" + id).then().statusCode(200)
                .body("title", equalTo("一种分布式数据库的数据同步方法"));
        given().auth().oauth2(TOKENS.admin()).get("/api/v1/patents/" + id + "/legal-events").then().statusCode(200)
                .body("kind", equalTo(List.of("FILED"))).body("[0].nationalCode", equalTo("AA01"))
                .body("[0].st27Category", equalTo("A")).body("[0].effectiveDate", equalTo("2023-03-15"));
    }

    @Test
    void shouldRefuseASecondRegistrationOfTheSameNumber() {
        String number = Patents.anInventionNumber();
        Patents.aRegisteredPatent(number, Usccs.aUscc());
        register(TOKENS.officer(), body("CN " + number, Usccs.aUscc())).then().statusCode(409)
                .body("code", equalTo("PATENT_ALREADY_REGISTERED"));
    }

    @Test
    void shouldRefuseMalformedNumbersWithTheirCodeAndField() {
        String number = Patents.anInventionNumber();
        String wrongCheck = number.substring(0, 13) + (number.charAt(13) == '1' ? '2' : '1');
        register(TOKENS.officer(), body(wrongCheck, Usccs.aUscc())).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("applicationNumber"));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents/by-number/" + wrongCheck).then().statusCode(400)
                .body("code", equalTo("INVALID_APPLICATION_NUMBER"))
                .body("violations[0].field", equalTo("applicationNumber"));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents/by-number/20231012345").then().statusCode(400)
                .body("code", equalTo("INVALID_APPLICATION_NUMBER"));
    }

    @Test
    void shouldRefuseSharesNotSummingToAHundredATwiceNamedHolderAndAFilingDateOutsideTheNumbersYear() {
        String uscc = Usccs.aUscc();
        register(TOKENS.officer(), body(Patents.anInventionNumber(), "2023-03-15",
                List.of(holder(uscc, "甲公司", "60.00"), holder(Usccs.aUscc(), "乙公司", "39.99")), null)).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("holders"));
        register(TOKENS.officer(), body(Patents.anInventionNumber(), "2023-03-15",
                List.of(holder(uscc, "甲公司", "50.00"), holder(uscc, "甲公司", "50.00")), null)).then()
                .statusCode(400).body("violations[0].field", equalTo("holders[1].uscc"));
        register(TOKENS.officer(), body(Patents.anInventionNumber(), "2022-12-31",
                List.of(holder(uscc, "甲公司", "100.00")), null)).then().statusCode(400)
                .body("violations[0].field", equalTo("filingDate"));
        register(TOKENS.officer(), body(Patents.anInventionNumber(), "2023-03-15",
                List.of(holder(uscc, "甲公司", "100.001")), null)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        register(TOKENS.officer(), body(Patents.anInventionNumber(), "2023-03-15",
                List.of(holder(uscc, "甲公司", "100.00")), "330102198001011231")).then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.startsWith("inventors"));
        register(TOKENS.officer(), Patents.body(Patents.anInventionNumber(), uscc).replace("G06F 16/27", "G06F16/27"))
                .then().statusCode(400).body("violations[0].field", equalTo("ipcMainClass"));
    }

    @Test
    void shouldKeepPatentsFromForeignApplicantsOtherRegionsAndRolesWithoutTheRightScope() {
        String uscc = Usccs.aUscc("350102");
        UUID id = Patents.aRegisteredPatent(uscc);
        given().auth().oauth2(TOKENS.applicant(Usccs.aUscc())).get("/api/v1/patents/" + id).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
        given().auth().oauth2(TOKENS.applicant(Usccs.aUscc())).get("/api/v1/patents/" + id + "/legal-events").then()
                .statusCode(404).body("code", equalTo("PATENT_NOT_FOUND"));
        given().auth().oauth2(TOKENS.officer("330100")).get("/api/v1/patents/" + id).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
        given().auth().oauth2(TOKENS.officer("350000")).get("/api/v1/patents/" + id).then().statusCode(200);
        given().auth().oauth2(TOKENS.expert("expert-1")).get("/api/v1/patents/" + id).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TOKENS.integration("tax", List.of("enterprise:read"))).get("/api/v1/patents/" + id)
                .then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        register(TOKENS.integration("reader", List.of("ip:read")), body(Patents.anInventionNumber(), uscc)).then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        register(TOKENS.applicant(uscc), body(Patents.anInventionNumber(), uscc)).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        register(TOKENS.officer("330100"), body(Patents.anInventionNumber(), uscc)).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));
        Patents.append(TOKENS.officer("330100"), id, Patents.event("GRANTED", "2024-06-01", null)).then()
                .statusCode(404).body("code", equalTo("PATENT_NOT_FOUND"));
        Patents.append(TOKENS.applicant(uscc), id, Patents.event("GRANTED", "2024-06-01", null)).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldMaskInventorIdNumbersUnlessTheCallerIsAnOfficerOrAdmin() {
        String uscc = Usccs.aUscc();
        String idNumber = Patents.anIdNumber(42);
        String id = register(TOKENS.officer(), body(Patents.anInventionNumber(), "2023-03-15",
                List.of(holder(uscc, "甲公司", "100.00")), idNumber)).then().statusCode(201)
                .body("inventors[0].idNumber", equalTo(idNumber)).extract().path("id");
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        given().auth().oauth2(TOKENS.admin()).get("/api/v1/patents/" + id).then()
                .body("inventors[0].idNumber", equalTo(idNumber));
        given().auth().oauth2(TOKENS.applicant(uscc)).get("/api/v1/patents/" + id).then()
                .body("inventors[0].idNumber", equalTo(masked)).body("inventors[0].name", equalTo("张伟"));
        given().auth().oauth2(TOKENS.integration("cnipa")).get("/api/v1/patents/" + id).then()
                .body("inventors[0].idNumber", equalTo(masked));
        given().auth().oauth2(TOKENS.applicant(uscc)).get("/api/v1/patents?holderUscc=" + uscc).then()
                .statusCode(200).body("items[0].inventors[0].idNumber", equalTo(masked));
    }

    @Test
    void shouldListAnApplicantsOwnPatentsAndAnOfficersRegionWithFilters() {
        String uscc = Usccs.aUscc("350104");
        UUID design = Patents.aRegisteredPatent(Patents.aNumber(2021, PatentType.DESIGN), uscc);
        UUID invention = Patents.aRegisteredPatent(Patents.aNumber(2022, PatentType.INVENTION), uscc);
        Patents.aRegisteredPatent(Usccs.aUscc("350104"));
        Patents.append(TOKENS.admin(), invention, Patents.event("GRANTED", "2024-05-20", null)).then().statusCode(201);

        given().auth().oauth2(TOKENS.applicant(uscc)).get("/api/v1/patents?sort=filingDate,asc").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(design.toString(), invention.toString())));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?holderUscc=" + uscc + "&status=GRANTED").then()
                .statusCode(200).body("items.id", equalTo(List.of(invention.toString())))
                .body("items[0].grantNumber", equalTo("ZL" + given().auth().oauth2(TOKENS.admin())
                        .get("/api/v1/patents/" + invention).path("applicationNumber")));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?holderUscc=" + uscc + "&type=DESIGN&filingYear=2021")
                .then().body("items.id", equalTo(List.of(design.toString())));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?region=3501&grantedYear=2024&holderUscc=" + uscc)
                .then().body("items.id", equalTo(List.of(invention.toString())));
        given().auth().oauth2(TOKENS.officer("330100")).get("/api/v1/patents?holderUscc=" + uscc).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TOKENS.applicant(Usccs.aUscc())).get("/api/v1/patents?holderUscc=" + uscc).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TOKENS.officer()).accept("text/csv").get("/api/v1/patents?holderUscc=" + uscc).then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("申请号"));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?sort=title").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
    }

    @Test
    void shouldTakeTheRegionFromTheOfficerOrElseTheFirstHoldersCode() {
        String uscc = Usccs.aUscc("350102");
        register(TOKENS.officer(), Patents.body(Patents.anInventionNumber(), uscc).replace("\"holders\"",
                "\"region\":\"350121\",\"holders\"")).then().statusCode(201).body("region", equalTo("350121"))
                .body("registeredBy", not(nullValue())).body("lapseReason", nullValue());
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?region=350121").then()
                .body("items.region", hasItem("350121"));
    }
}

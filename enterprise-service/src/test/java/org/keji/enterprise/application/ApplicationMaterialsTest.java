package org.keji.enterprise.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.material.Materials;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 最多跑一次: an application references materials of the enterprise's wallet by id, uploaded once for every case. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ApplicationMaterialsTest {

    @Test
    void shouldReuseAMaterialInALaterApplicationWithoutASecondUpload() {
        String uscc = Enterprises.aRegisteredEnterprise("一次上传公司");
        String token = Tokens.shared().applicant(uscc);
        String certificate = Materials.anUploadedMaterial(uscc, "IP_CERTIFICATE", "2999-12-31");

        Applications.submit(token, uscc, "TECH_SME", 2026, Applications.materials("知识产权证明材料", certificate))
                .then().statusCode(201).body("materials[0].name", equalTo("知识产权证明材料"))
                .body("materials[0].materialId", equalTo(certificate))
                .body("materials[0].kind", equalTo("IP_CERTIFICATE")).body("materials[0].expired", equalTo(false))
                .body("materials[0].fileName", equalTo("材料.pdf"));
        String later = Applications.submit(token, uscc, "HNTE", 2026,
                Applications.materials("知识产权证明材料", certificate)).then().statusCode(201).extract().path("id");

        Applications.get(Tokens.shared().officer(), later).then().statusCode(200)
                .body("materials[0].materialId", equalTo(certificate)).body("materials[0].title", equalTo("测试材料"));
        given().auth().oauth2(token).get(Materials.path(uscc)).then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseAMaterialOfAnotherEnterpriseOrUnknown() {
        String uscc = Enterprises.aRegisteredEnterprise("引用他人材料公司");
        String foreign = Materials.anUploadedMaterial(Enterprises.aRegisteredEnterprise("材料主人公司"), "CONTRACT",
                null);
        String unknown = UUID.randomUUID().toString();
        String own = Materials.anUploadedMaterial(uscc, "CONTRACT", null);
        Applications.submit(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026,
                "[{\"name\":\"合同\",\"materialId\":\"" + own + "\"},{\"name\":\"合同\",\"materialId\":\"" + foreign
                        + "\"},{\"name\":\"发票\",\"materialId\":\"" + unknown + "\"}]")
                .then().statusCode(422).body("code", equalTo("MATERIAL_NOT_FOUND"))
                .body("detail", containsString(foreign)).body("detail", containsString(unknown))
                .body("detail", not(containsString(own)));
        Applications.submit(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026,
                "[{\"name\":\"合同\",\"reference\":\"doc-001\"}]").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldFlagAnExpiredMaterialWhereTheApplicationUsesIt() {
        String uscc = Enterprises.aRegisteredEnterprise("过期执照公司");
        String licence = Materials.anUploadedMaterial(uscc, "BUSINESS_LICENCE", "2020-12-31");
        String id = Applications.submit(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026,
                Applications.materials("营业执照", licence)).then().statusCode(201)
                .body("materials[0].expired", equalTo(true)).body("materials[0].validUntil", equalTo("2020-12-31"))
                .extract().path("id");
        Applications.get(Tokens.shared().officer(), id).then().body("materials[0].expired", equalTo(true));
    }
}

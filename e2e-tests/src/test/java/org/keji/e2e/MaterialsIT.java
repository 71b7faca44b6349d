package org.keji.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.commons.web.ContentDisposition;
import org.keji.testkit.SampleDocuments;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;

/**
 * 最多跑一次 through the gateway: a material uploaded once serves the enterprise's later applications with no second
 * upload, is downloaded as it was with its Chinese name, and stays out of another enterprise's reach.
 */
@ExtendWith(KejiSuiteExtension.class)
class MaterialsIT {

    @Test
    void shouldUploadOnceAndReferenceTheMaterialFromALaterApplication(Gateway gateway) {
        String officer = gateway.tokens().officer();
        Map<String, Object> registration = Enterprises.aRegistration();
        String uscc = (String) registration.get("uscc");
        gateway.register(officer, registration).then().statusCode(201);
        String applicant = gateway.tokens().applicant(uscc);
        byte[] certificate = SampleDocuments.pdf();

        // a browser's multipart form: the file name as UTF-8 (RFC 7578)
        String material = gateway.as(applicant).config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .contentType("multipart/form-data")
                .multiPart("file", "发明专利证书.pdf", certificate, "application/pdf")
                .multiPart(new MultiPartSpecBuilder("IP_CERTIFICATE").controlName("kind").build())
                .multiPart(new MultiPartSpecBuilder("发明专利证书").controlName("title").charset(StandardCharsets.UTF_8)
                        .build())
                .post("/api/v1/enterprises/{uscc}/materials", uscc).then().statusCode(201)
                .body("title", equalTo("发明专利证书")).extract().path("id");

        gateway.as(applicant).body(Map.of("uscc", uscc, "certificationType", "TECH_SME", "year", 2026, "materials",
                List.of(Map.of("name", "知识产权证明材料", "materialId", material))))
                .post("/api/v1/certification-applications").then().statusCode(201)
                .body("materials[0].materialId", equalTo(material));
        String later = gateway.as(applicant).body(Map.of("uscc", uscc, "certificationType", "HNTE", "year", 2026,
                "materials", List.of(Map.of("name", "知识产权证明材料", "materialId", material))))
                .post("/api/v1/certification-applications").then().statusCode(201)
                .body("materials[0].kind", equalTo("IP_CERTIFICATE")).body("materials[0].expired", equalTo(false))
                .extract().path("id");
        gateway.as(officer).get("/api/v1/certification-applications/{id}", later).then().statusCode(200)
                .body("materials[0].fileName", equalTo("发明专利证书.pdf"));
        // one upload, one material: nothing was asked for again
        gateway.as(applicant).get("/api/v1/enterprises/{uscc}/materials", uscc).then().statusCode(200)
                .body("total", equalTo(1));
        assertEquals(1, gateway.count("enterprise", "SELECT count(*) FROM material WHERE owner_uscc = ?", uscc));

        Response download = gateway.as(officer).accept("*/*")
                .get("/api/v1/enterprises/{uscc}/materials/{id}/content", uscc, material);
        download.then().statusCode(200).contentType("application/pdf");
        assertArrayEquals(certificate, download.asByteArray());
        assertEquals("发明专利证书.pdf", ContentDisposition.fileName(download.header("Content-Disposition")).orElseThrow());
        gateway.as(officer).accept("*/*").header("If-None-Match", download.header("ETag"))
                .get("/api/v1/enterprises/{uscc}/materials/{id}/content", uscc, material).then().statusCode(304);
    }

    @Test
    void shouldAnswer404ToAForeignApplicantDownloadingAMaterial(Gateway gateway) {
        String officer = gateway.tokens().officer();
        Map<String, Object> owner = Enterprises.aRegistration();
        Map<String, Object> stranger = Enterprises.aRegistration();
        gateway.register(officer, owner).then().statusCode(201);
        gateway.register(officer, stranger).then().statusCode(201);
        String uscc = (String) owner.get("uscc");
        String material = gateway.uploadMaterial(gateway.tokens().applicant(uscc), uscc, "合同.pdf", "CONTRACT");

        gateway.as(gateway.tokens().applicant((String) stranger.get("uscc"))).accept("*/*")
                .get("/api/v1/enterprises/{uscc}/materials/{id}/content", uscc, material).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("MATERIAL_NOT_FOUND"));
    }
}

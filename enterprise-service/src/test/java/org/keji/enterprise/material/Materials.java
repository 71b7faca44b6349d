package org.keji.enterprise.material;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.keji.testkit.SampleDocuments;
import org.keji.testkit.Tokens;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;

/** Fixtures: materials uploaded over HTTP as an applicant does. */
public final class Materials {

    private Materials() {
    }

    /** Uploads a fresh PDF of {@code kind} valid until {@code validUntil} (null: no end) as the applicant; its id. */
    public static String anUploadedMaterial(String uscc, String kind, String validUntil) {
        return uploadForm(Tokens.shared().applicant(uscc), uscc, SampleDocuments.pdf(), "材料.pdf", kind, validUntil)
                .then().statusCode(201).extract().path("id");
    }

    /** A multipart upload ({@code file} + metadata parts). */
    public static Response uploadForm(String token, String uscc, byte[] content, String fileName, String kind,
            String validUntil) {
        // browsers send the file name of a part as UTF-8 (RFC 7578); REST-assured's strict mode would send '?'
        var request = given().config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .auth().oauth2(token).multiPart("file", fileName, content, "application/octet-stream")
                .multiPart(text("kind", kind)).multiPart(text("title", "测试材料"))
                .multiPart(text("issuer", "福建华兴会计师事务所"));
        if (validUntil != null) {
            request.multiPart(text("validUntil", validUntil));
        }
        return request.post(path(uscc));
    }

    /** A raw upload: the document as the body, the name in {@code ?fileName=}. */
    public static Response uploadRaw(String token, String uscc, byte[] content, String fileName, String kind) {
        return given().auth().oauth2(token).contentType("application/pdf").queryParam("fileName", fileName)
                .queryParam("kind", kind).body(content).post(path(uscc));
    }

    /** A text part in UTF-8, as browsers send form fields. */
    private static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    public static String path(String uscc) {
        return "/api/v1/enterprises/" + uscc + "/materials";
    }
}

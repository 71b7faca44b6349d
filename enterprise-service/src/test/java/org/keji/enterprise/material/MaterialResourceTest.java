package org.keji.enterprise.material;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.web.ContentDisposition;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.SampleDocuments;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class MaterialResourceTest {

    @ConfigProperty(name = "keji.storage.filesystem.root")
    Path store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldStoreTheSameBytesOnceAndAnswerTheExistingMaterial() throws Exception {
        String uscc = Enterprises.aRegisteredEnterprise("材料公司");
        byte[] pdf = SampleDocuments.pdf();
        String sha = sha256(pdf);
        Response first = Materials.uploadForm(Tokens.shared().applicant(uscc), uscc, pdf, "2025年度审计报告.pdf",
                "AUDIT_REPORT", "2026-12-31");
        first.then().statusCode(201).body("sha256", equalTo(sha)).body("contentType", equalTo("application/pdf"))
                .body("kind", equalTo("AUDIT_REPORT")).body("kindLabel", equalTo("审计报告")).body("title", equalTo("测试材料"))
                .body("issuer", equalTo("福建华兴会计师事务所")).body("validUntil", equalTo("2026-12-31"))
                .body("fileName", equalTo("2025年度审计报告.pdf")).body("size", equalTo(pdf.length))
                .body("expired", equalTo(false)).body("uploadedBy", equalTo("applicant-" + uscc));
        String id = first.path("id");
        first.then().header("Location", "/api/v1/enterprises/" + uscc + "/materials/" + id);

        // the same bytes again, as a raw body under another name: the existing material, 200, no second row
        Materials.uploadRaw(Tokens.shared().officer(), uscc, pdf, "again.pdf", "OTHER").then().statusCode(200)
                .body("id", equalTo(id)).body("fileName", equalTo("2025年度审计报告.pdf"));
        given().auth().oauth2(Tokens.shared().officer()).get(Materials.path(uscc)).then().statusCode(200)
                .body("total", equalTo(1));

        // another enterprise's same bytes: a material of its own over the one stored object
        String other = Enterprises.aRegisteredEnterprise("另一材料公司");
        String otherId = Materials.uploadRaw(Tokens.shared().applicant(other), other, pdf, "审计报告.pdf", "AUDIT_REPORT")
                .then().statusCode(201).body("sha256", equalTo(sha)).extract().path("id");
        assertNotEquals(id, otherId);
        try (Stream<Path> objects = Files.walk(store)) {
            assertEquals(1, objects.filter(p -> p.getFileName().toString().startsWith(sha)).count());
        }
    }

    @Test
    void shouldRegisterConcurrentUploadsOfTheSameBytesOnce() throws Exception {
        String uscc = Enterprises.aRegisteredEnterprise("并发材料公司");
        String token = Tokens.shared().applicant(uscc);
        byte[] pdf = SampleDocuments.pdf();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(
                        () -> Materials.uploadRaw(token, uscc, pdf, "并发.pdf", "CONTRACT").then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertTrue(statuses.contains(201) && statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409),
                    statuses::toString);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).get(Materials.path(uscc)).then().statusCode(200).body("total", equalTo(1));
        // a retry after the conflict is answered the material
        Materials.uploadRaw(token, uscc, pdf, "并发.pdf", "CONTRACT").then().statusCode(200);
    }

    @Test
    void shouldTakeARawBodyNamedByContentDisposition() {
        String uscc = Enterprises.aRegisteredEnterprise("原始上传公司");
        given().auth().oauth2(Tokens.shared().applicant(uscc)).contentType("application/octet-stream")
                .header("Content-Disposition", ContentDisposition.attachment("营业执照副本.png")).queryParam("kind",
                        "BUSINESS_LICENCE")
                .body(SampleDocuments.png()).post(Materials.path(uscc)).then().statusCode(201)
                .body("fileName", equalTo("营业执照副本.png")).body("title", equalTo("营业执照副本.png"))
                .body("contentType", equalTo("image/png"));
        given().auth().oauth2(Tokens.shared().applicant(uscc)).contentType("application/octet-stream")
                .queryParam("kind", "BUSINESS_LICENCE").body(SampleDocuments.png()).post(Materials.path(uscc)).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseARenamedExecutableAndAMisnamedDocument() {
        String uscc = Enterprises.aRegisteredEnterprise("可执行文件公司");
        Materials.uploadForm(Tokens.shared().applicant(uscc), uscc, SampleDocuments.executable(), "setup.pdf",
                "CONTRACT", null).then().statusCode(415).body("code", equalTo("MATERIAL_TYPE_NOT_ALLOWED"));
        Materials.uploadRaw(Tokens.shared().applicant(uscc), uscc, SampleDocuments.png(), "scan.pdf", "INVOICE").then()
                .statusCode(415).body("code", equalTo("MATERIAL_EXTENSION_MISMATCH"));
        given().auth().oauth2(Tokens.shared().officer()).get(Materials.path(uscc)).then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseAMaterialAboveTheLimit() {
        String uscc = Enterprises.aRegisteredEnterprise("大文件公司");
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(SampleDocuments.pdf(), 0, large, 0, 100);
        Materials.uploadRaw(Tokens.shared().applicant(uscc), uscc, large, "大文件.pdf", "OTHER").then()
                .statusCode(413).body("code", equalTo("MATERIAL_TOO_LARGE"));
        Materials.uploadForm(Tokens.shared().applicant(uscc), uscc, large, "大文件.pdf", "OTHER", null).then()
                .statusCode(413).body("code", equalTo("MATERIAL_TOO_LARGE"));
    }

    /**
     * A body declared above the HTTP limit (100 MB here) is answered with a problem before a byte of it is sent: the
     * service never reads, let alone buffers, it. A JSON body, read whole into memory, keeps the platform's 2 MB limit
     * although uploads may be larger (3 MB in tests).
     */
    @Test
    void shouldRefuseABodyAboveTheHttpLimitBeforeReadingIt() throws Exception {
        String uscc = Enterprises.aRegisteredEnterprise("超大请求公司");
        String upload = declaredOnly(Materials.path(uscc) + "?fileName=big.pdf&kind=OTHER", "application/pdf",
                100L * 1024 * 1024, Tokens.shared().applicant(uscc));
        assertTrue(upload.startsWith("HTTP/1.1 413"), upload);
        assertTrue(upload.contains("application/problem+json"), upload);
        assertTrue(upload.contains("\"code\":\"PAYLOAD_TOO_LARGE\""), upload);

        String json = declaredOnly("/api/v1/enterprises", "application/json", 2 * 1024 * 1024 + 1,
                Tokens.shared().officer());
        assertTrue(json.startsWith("HTTP/1.1 413"), json);
        assertTrue(json.contains("\"code\":\"PAYLOAD_TOO_LARGE\""), json);
    }

    /** Sends the head of a POST declaring {@code length} bytes, none of them, and reads the whole answer. */
    private static String declaredOnly(String path, String contentType, long length, String token) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldDownloadWithTheHashAsETagAndTheChineseName() throws Exception {
        String uscc = Enterprises.aRegisteredEnterprise("下载公司");
        byte[] docx = SampleDocuments.docx();
        String id = Materials.uploadForm(Tokens.shared().applicant(uscc), uscc, docx, "技术开发合同（2025）.docx",
                "CONTRACT", null).then().statusCode(201).extract().path("id");

        Response download = given().auth().oauth2(Tokens.shared().officer())
                .get(Materials.path(uscc) + "/" + id + "/content");
        download.then().statusCode(200).header("ETag", "\"" + sha256(docx) + "\"").contentType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertArrayEquals(docx, download.asByteArray());
        String disposition = download.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"_______2025_.docx\""), disposition);
        assertEquals("技术开发合同（2025）.docx", ContentDisposition.fileName(disposition).orElseThrow());

        given().auth().oauth2(Tokens.shared().applicant(uscc)).header("If-None-Match", "\"" + sha256(docx) + "\"")
                .get(Materials.path(uscc) + "/" + id + "/content").then().statusCode(304)
                .header("ETag", "\"" + sha256(docx) + "\"");
    }

    @Test
    void shouldHideAMaterialFromAnotherEnterpriseAndRefuseRolesWithoutAccess() {
        String uscc = Enterprises.aRegisteredEnterprise("保密材料公司");
        String id = Materials.anUploadedMaterial(uscc, "INVOICE", null);
        String foreign = Tokens.shared().applicant(Enterprises.aRegisteredEnterprise("他人公司"));
        given().auth().oauth2(foreign).get(Materials.path(uscc) + "/" + id + "/content").then().statusCode(404)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
        given().auth().oauth2(foreign).get(Materials.path(uscc) + "/" + id).then().statusCode(404)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
        given().auth().oauth2(foreign).get(Materials.path(uscc)).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        Materials.uploadForm(foreign, uscc, SampleDocuments.pdf(), "a.pdf", "OTHER", null).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        // an officer of another region does not reach it either
        given().auth().oauth2(Tokens.shared().officer("330100")).get(Materials.path(uscc) + "/" + id).then()
                .statusCode(404).body("code", equalTo("MATERIAL_NOT_FOUND"));
        // the id under another enterprise's path is not found either
        String other = Enterprises.aRegisteredEnterprise("路径公司");
        given().auth().oauth2(Tokens.shared().admin()).get(Materials.path(other) + "/" + id).then().statusCode(404)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));

        // an expert not assigned to a case of the enterprise does not reach it
        given().auth().oauth2(Tokens.shared().expert("expert-unassigned")).get(Materials.path(uscc) + "/" + id).then()
                .statusCode(404).body("code", equalTo("MATERIAL_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().bank("bank-1")).get(Materials.path(uscc) + "/" + id).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        Materials.uploadForm(Tokens.shared().expert("expert-1"), uscc, SampleDocuments.pdf(), "a.pdf", "OTHER", null)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Materials.uploadRaw(Tokens.shared().integration("tax", List.of("enterprise:read")), uscc,
                SampleDocuments.pdf(), "a.pdf", "OTHER").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().auth().oauth2(Tokens.shared().integration("tax", List.of("enterprise:read")))
                .get(Materials.path(uscc) + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldFlagAndFilterExpiredMaterials() {
        String uscc = Enterprises.aRegisteredEnterprise("过期材料公司");
        String expired = Materials.anUploadedMaterial(uscc, "BUSINESS_LICENCE", "2020-01-31");
        String valid = Materials.anUploadedMaterial(uscc, "AUDIT_REPORT", "2999-12-31");
        String open = Materials.anUploadedMaterial(uscc, "CONTRACT", null);
        String token = Tokens.shared().applicant(uscc);
        given().auth().oauth2(token).get(Materials.path(uscc) + "/" + expired).then().body("expired", equalTo(true));
        given().auth().oauth2(token).queryParam("expired", true).get(Materials.path(uscc)).then().statusCode(200)
                .body("items.id", equalTo(List.of(expired)));
        given().auth().oauth2(token).queryParam("expired", false).queryParam("sort", "createdAt,asc")
                .get(Materials.path(uscc)).then().body("items.id", equalTo(List.of(valid, open)));
        given().auth().oauth2(token).queryParam("kind", "CONTRACT").get(Materials.path(uscc)).then()
                .body("items.id", equalTo(List.of(open))).body("items.id", not(hasItem(expired)));
    }

    @Test
    void shouldExportTheWalletAsCsvWithChineseHeadersAndOnlyTheOwnersMaterials() {
        String uscc = Enterprises.aRegisteredEnterprise("材料导出公司");
        String other = Enterprises.aRegisteredEnterprise("材料导出他公司");
        String mine = Materials.anUploadedMaterial(uscc, "AUDIT_REPORT", "2999-12-31");
        String theirs = Materials.anUploadedMaterial(other, "CONTRACT", null);
        String csv = given().auth().oauth2(Tokens.shared().applicant(uscc)).accept("text/csv").get(Materials.path(uscc))
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String[] lines = csv.replace("\uFEFF", "").replace("\"", "").split("\r?\n");
        assertTrue(lines[0].startsWith("标识,统一社会信用代码,材料类别代码,材料类别,材料名称"), lines[0]);
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].startsWith(mine + "," + uscc + ",AUDIT_REPORT,审计报告"), lines[1]);
        assertTrue(!csv.contains(theirs), csv);
        // another enterprise's wallet stays out of reach in a file too
        given().auth().oauth2(Tokens.shared().applicant(uscc)).accept("text/csv").get(Materials.path(other)).then()
                .statusCode(404);
    }

    @Test
    void shouldReplayAnIdempotentUploadAndRefuseTheKeyWithOtherContent() {
        String uscc = Enterprises.aRegisteredEnterprise("幂等上传公司");
        byte[] pdf = SampleDocuments.pdf();
        String token = Tokens.shared().applicant(uscc);
        String id = given().auth().oauth2(token).header("Idempotency-Key", "upload-" + uscc).contentType("application/pdf")
                .queryParam("fileName", "a.pdf").queryParam("kind", "OTHER").body(pdf).post(Materials.path(uscc))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("Idempotency-Key", "upload-" + uscc).contentType("application/pdf")
                .queryParam("fileName", "a.pdf").queryParam("kind", "OTHER").body(pdf).post(Materials.path(uscc))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().auth().oauth2(token).header("Idempotency-Key", "upload-" + uscc).contentType("application/pdf")
                .queryParam("fileName", "a.pdf").queryParam("kind", "OTHER").body(SampleDocuments.pdf())
                .post(Materials.path(uscc)).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void shouldPublishTheRegisteredMaterialThroughTheOutbox() {
        String uscc = Enterprises.aRegisteredEnterprise("材料事件公司");
        String id = Materials.anUploadedMaterial(uscc, "IP_CERTIFICATE", "2030-06-30");
        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()) && r.value().contains(MaterialRegistered.TYPE), 1, Duration.ofSeconds(30));
        MaterialRegistered data = EventJson.data(EventJson.read(records.get(0).value()), MaterialRegistered.class);
        assertEquals(id, data.id().toString());
        assertEquals("IP_CERTIFICATE", data.kind());
        assertEquals("2030-06-30", data.validUntil().toString());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

}

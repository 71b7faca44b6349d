package org.keji.enterprise.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.enterprise.certification.StoredCertifications.aCertificate;
import static org.keji.enterprise.certification.StoredCertifications.aRegion;
import static org.keji.enterprise.certification.StoredCertifications.anEnterprise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.keji.enterprise.application.Applications;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The CSV/XLSX exports of lists and statistics: their shape, the caller's reach, and content negotiation. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ExportsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Inject
    DataSource dataSource;

    @Test
    void shouldExportTheRowsOfAStatisticWithItsDayAndTotalOnEachRow() {
        String region = aRegion();
        aCertificate(dataSource, anEnterprise(dataSource, region), "HNTE", DAY.minusYears(1), DAY.plusYears(2));
        aCertificate(dataSource, anEnterprise(dataSource, region), "HNTE", DAY.minusYears(1), DAY.plusYears(2));
        aCertificate(dataSource, anEnterprise(dataSource, region), "TECH_SME", DAY.minusMonths(1),
                DAY.plusMonths(11));

        // an officer of the whole country ("000000") sees every region
        Response csv = given().auth().oauth2(Tokens.shared().officer("000000")).accept("text/csv")
                .queryParam("asOf", DAY.toString()).queryParam("region", region)
                .get("/api/v1/certification-statistics/certified");
        csv.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition",
                equalTo("attachment; filename=\"________.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode("有效认定企业统计", StandardCharsets.UTF_8) + ".csv"));
        assertEquals(List.of("\uFEFF统计日期,分组,去重企业总数,认定类型,级别,行政区划代码,发证年度,企业数",
                DAY + ",type,3,HNTE,,,,2", DAY + ",type,3,TECH_SME,,,,1"), lines(csv));
    }

    @Test
    void shouldExportAWholeListAsAWorkbookWithNumbersAsNumbers() throws IOException {
        List<String> codes = given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/certification-types")
                .then().statusCode(200).extract().path("code");

        byte[] xlsx = given().auth().oauth2(Tokens.shared().officer()).accept(XLSX).get("/api/v1/certification-types")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<Row> rows = stream.toList();
            assertEquals("认定类型", workbook.getFirstSheet().getName());
            assertEquals(List.of("代码", "名称", "英文名称", "级别", "事项编码", "有效期（年）"),
                    rows.get(0).stream().limit(6).map(cell -> cell.getText()).toList());
            assertEquals(codes, rows.stream().skip(1).map(row -> row.getCellText(0)).toList());
            assertEquals(CellType.NUMBER, rows.get(1).getCell(5).getType());
        }
    }

    @Test
    void shouldExportOnlyTheApplicantsOwnApplications() {
        String own = Enterprises.aRegisteredEnterprise("导出申请企业有限公司");
        String foreign = Enterprises.aRegisteredEnterprise("他家申请企业有限公司");
        String ownToken = Tokens.shared().applicant(own);
        Applications.aSubmittedApplication(ownToken, own, "TECH_SME", 2026);
        Applications.aSubmittedApplication(Tokens.shared().applicant(foreign), foreign, "TECH_SME", 2026);

        List<String> lines = lines(given().auth().oauth2(ownToken).accept("text/csv")
                .get("/api/v1/certification-applications").then().statusCode(200).extract().response());
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains(own), lines.get(1));
        assertFalse(String.join("\n", lines).contains(foreign));
        assertTrue(lines.get(0).startsWith("\uFEFF标识,办件编号,事项编码,统一社会信用代码,认定类型,申报年度,状态,"), lines.get(0));
    }

    @Test
    void shouldAnswerJsonWhenTheClientPrefersJson() {
        given().auth().oauth2(Tokens.shared().officer()).accept("application/json, text/csv;q=0.5")
                .get("/api/v1/certification-types").then().statusCode(200).contentType("application/json")
                .header("Vary", containsString("Accept"));
        given().auth().oauth2(Tokens.shared().officer()).accept("text/csv, application/json;q=0.5")
                .get("/api/v1/certification-types").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Vary", containsString("Accept"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentBothFormatsOnEveryListAndStatisticsOperation() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("paths");
        List<String> exportable = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<String, Object> get = (Map<String, Object>) item.get("get");
            if (get == null) {
                return;
            }
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) get
                    .get("responses")).get("200")).get("content");
            if (content == null || !content.containsKey("application/json")) {
                return; // a download (a material's content, a certificate's document), not a list
            }
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get("application/json"))
                    .get("schema");
            boolean list = "array".equals(schema.get("type")) || String.valueOf(schema.get("$ref")).endsWith("Page")
                    || path.startsWith("/api/v1/certification-statistics/") || path.endsWith("/summary");
            if (list) {
                exportable.add(path);
                assertTrue(get.containsKey("x-keji-export"), path + " declares no export");
                assertTrue(content.containsKey("text/csv") && content.containsKey(XLSX), path + " documents no file");
            }
        });
        assertEquals(22, exportable.size(), exportable.toString());
    }

    private static List<String> lines(Response response) {
        return List.of(new String(response.asByteArray(), StandardCharsets.UTF_8).split("\r\n"));
    }
}

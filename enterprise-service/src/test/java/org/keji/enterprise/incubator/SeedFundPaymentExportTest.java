package org.keji.enterprise.incubator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Exports of a list streamed from the database: 100 000 seed-fund payments of one tenant (seeded with one SQL
 * statement) as XLSX and CSV, exact money, the row cap, and the caller's reach.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class SeedFundPaymentExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";
    private static final int ROWS = 100_000;
    private static final LocalDate PAID_ON = LocalDate.now().minusDays(30);
    private static final List<String> HEADERS = List.of("标识", "在孵企业标识", "拨付金额（元）", "拨付日期", "资金用途", "记录时间");

    @Inject
    DataSource dataSource;

    @Test
    void shouldExportEveryPaymentOfATenantWithExactAmountsUpToTheCapAndRefuseOneMore() throws Exception {
        UUID incubatorId = Incubators.anIncubator(5);
        String uscc = Enterprises.aUscc();
        UUID tenantId = Incubators.aTenant(incubatorId, uscc);
        String path = Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments";
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("18472425.00", PAID_ON)).then().statusCode(201);
        seed(incubatorId, tenantId, ROWS - 1);
        Map<UUID, BigDecimal> amounts = amounts(tenantId);
        assertEquals(ROWS, amounts.size());

        Memory before = Memory.now();
        Path xlsx = download(given().auth().oauth2(Tokens.shared().officer()).accept(XLSX).get(path), XLSX,
                "xlsx");
        Memory afterXlsx = Memory.now();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            try (Stream<Row> rows = workbook.getFirstSheet().openStream()) {
                int[] count = { 0 };
                rows.forEach(row -> {
                    if (count[0]++ == 0) {
                        assertEquals(HEADERS, List.of(row.getCellText(0), row.getCellText(1), row.getCellText(2),
                                row.getCellText(3), row.getCellText(4), row.getCellText(5)));
                        return;
                    }
                    UUID id = UUID.fromString(row.getCellText(0));
                    BigDecimal expected = amounts.get(id);
                    BigDecimal written = row.getCell(2).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                            ? row.getCellAsNumber(2).orElseThrow()
                            : new BigDecimal(row.getCellText(2));
                    assertEquals(expected, written, "amount of " + id);
                    assertEquals(tenantId.toString(), row.getCellText(1));
                });
                assertEquals(ROWS + 1, count[0]);
            }
        }
        assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, cellType(xlsx, "18472425.00"));

        Memory beforeCsv = Memory.now();
        Path csv = download(given().auth().oauth2(Tokens.shared().officer()).accept("text/csv").get(path),
                "text/csv", "csv");
        Memory afterCsv = Memory.now();
        byte[] bom = new byte[3];
        try (InputStream in = Files.newInputStream(csv)) {
            assertEquals(3, in.read(bom));
        }
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, bom);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8))) {
            assertEquals("\uFEFF" + String.join(",", HEADERS), reader.readLine());
            long lines = 0;
            boolean sawBigAmount = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                sawBigAmount |= line.contains(",18472425.00," + PAID_ON + ",");
            }
            assertEquals(ROWS, lines);
            assertTrue(sawBigAmount, "the payment of 18472425.00 as a plain decimal");
        }
        System.out.printf("export of %d rows: before XLSX %s; after XLSX %s; before CSV %s; after CSV %s%n", ROWS,
                before, afterXlsx, beforeCsv, afterCsv);

        given().auth().oauth2(Tokens.shared().officer()).get(path).then().statusCode(200)
                .body("total", equalTo(ROWS)).body("size", equalTo(20));

        seed(incubatorId, tenantId, 1);
        given().auth().oauth2(Tokens.shared().officer()).accept("text/csv").get(path).then().statusCode(422)
                .contentType(PROBLEM).body("code", equalTo("EXPORT_TOO_LARGE"))
                .body("detail", containsString("100,001"));
    }

    @Test
    void shouldNotExportAnotherEnterprisesPaymentsToAnApplicant() {
        UUID incubatorId = Incubators.anIncubator(5);
        String uscc = Enterprises.aUscc();
        UUID tenantId = Incubators.aTenant(incubatorId, uscc);
        String path = Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments";
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("200000.00", PAID_ON)).then().statusCode(201);

        given().auth().oauth2(Tokens.shared().applicant(Enterprises.aUscc())).accept("text/csv").get(path).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("TENANT_NOT_FOUND"));
        String own = given().auth().oauth2(Tokens.shared().applicant(uscc)).accept("text/csv").get(path).then()
                .statusCode(200).extract().asString();
        assertTrue(own.contains(",200000.00," + PAID_ON + ","), own);
    }

    @Test
    void shouldAnswerNotAcceptableForAnExportOfAnOperationThatIsNoList() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .get(Incubators.tenantPath(incubatorId, tenantId)).then().statusCode(406).contentType(PROBLEM)
                .body("code", equalTo("NOT_ACCEPTABLE"));
    }

    private static Path download(Response response, String contentType, String extension) throws IOException {
        response.then().statusCode(200).contentType(startsWith(contentType))
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%E7%A7%8D%E5%AD%90%E8%B5%84%E9%87%91%E6%8B%A8%E4%BB%98." + extension));
        Path file = Files.createTempFile("export", "." + extension);
        try (InputStream in = response.asInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static org.dhatim.fastexcel.reader.CellType cellType(Path xlsx, String amount) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.skip(1).filter(row -> amount.equals(row.getCellRawValue(2).orElse(""))).findFirst()
                    .orElseThrow().getCell(2).getType();
        }
    }

    /**
     * {@code count} payments in one statement: amounts from 0.01 up to the largest numeric(18,2) holds (every 1000th
     * has 18 digits, beyond what a spreadsheet number keeps), purposes with commas, quotes and Chinese.
     */
    private void seed(UUID incubatorId, UUID tenantId, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into incubator_seed_fund_payment (id, incubator_id, tenant_id, amount, paid_on, purpose,
                            created_at)
                        select gen_random_uuid(), ?, ?,
                            case when i % 1000 = 0 then 9999999999999999.99 - i
                                 else round((i * 7919 % 100000000)::numeric / 100 + 0.01, 2) end,
                            current_date - (i % 300), '样机研制，"首批"试产 ' || i, now()
                        from generate_series(1, ?) as i""")) {
            insert.setObject(1, incubatorId);
            insert.setObject(2, tenantId);
            insert.setInt(3, count);
            assertEquals(count, insert.executeUpdate());
        }
    }

    private Map<UUID, BigDecimal> amounts(UUID tenantId) throws SQLException {
        Map<UUID, BigDecimal> amounts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select id, amount from incubator_seed_fund_payment where tenant_id = ?")) {
            select.setObject(1, tenantId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    amounts.put(rows.getObject(1, UUID.class), rows.getBigDecimal(2));
                }
            }
        }
        return amounts;
    }

    /**
     * The heap in use after a collection, the resident set and the CPU time of this JVM (the service under test, the
     * broker and the test itself run in it), printed for the README's figures; never asserted.
     */
    private record Memory(long heapMb, long rssMb, long cpuMs) {

        static Memory now() throws IOException {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
            long cpuMs = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
            return new Memory((runtime.totalMemory() - runtime.freeMemory()) >> 20, rssKb >> 10, cpuMs);
        }

        @Override
        public String toString() {
            return "heap " + heapMb + " MB, RSS " + rssMb + " MB, process CPU " + cpuMs + " ms";
        }
    }
}

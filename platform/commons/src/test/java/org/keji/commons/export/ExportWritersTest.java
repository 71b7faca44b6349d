package org.keji.commons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.core.MediaType;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.keji.commons.money.Money;

class ExportWritersTest {

    enum Kind {
        FIRST,
        SECOND
    }

    record Holder(@Schema(title = "持有人") String name, @Schema(description = "Code (代码)") String code) {
    }

    record Line(@Schema(title = "名称") String name, @Schema(title = "金额") Money amount,
            @Schema(description = "Day (日期)") LocalDate day, Kind kind, List<Integer> years, Holder holder,
            OffsetDateTime at) {
    }

    @Test
    void shouldTakeTitlesFromTheSchemaThenTheChineseOfTheDescriptionThenTheName() {
        assertEquals(List.of("名称", "金额", "日期", "kind", "years", "holder·持有人", "holder·代码", "at"),
                Columns.of(Line.class).stream().map(Columns.Column::title).toList());
    }

    record WithSecret(@Schema(title = "编号") String number, @NotExported @Schema(title = "核验码") String code) {
    }

    @Test
    void shouldLeaveOutComponentsMarkedNotExported() {
        assertEquals(List.of("编号"), Columns.of(WithSecret.class).stream().map(Columns.Column::title).toList());
    }

    @Test
    void shouldWriteCellsAsCodesIsoTextAndJoinedLists() {
        Line line = new Line("甲", Money.of("18472425.00"), LocalDate.of(2026, 6, 30), Kind.SECOND, List.of(2024, 2025),
                new Holder("乙", "X1"), OffsetDateTime.of(2026, 6, 30, 10, 15, 0, 0, ZoneOffset.ofHours(8)));
        assertEquals(List.of("甲", new BigDecimal("18472425.00"), "2026-06-30", "SECOND", "2024; 2025", "乙", "X1",
                "2026-06-30T10:15:00+08:00"),
                Columns.of(Line.class).stream().map(column -> Columns.cell(column.value().apply(line))).toList());
    }

    @Test
    void shouldWriteRfc4180CsvWithABomAndDefuseFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter csv = TableWriter.of(ExportFormat.CSV, out, "表")) {
            csv.header(List.of("名称", "金额"));
            csv.row(new Object[] { "福州, \"星火\"\n科技", new BigDecimal("18472425.00") });
            csv.row(new Object[] { "=HYPERLINK(\"x\")", new BigDecimal("-5.00") });
            csv.row(new Object[] { null, 1L });
        }
        assertEquals("\uFEFF名称,金额\r\n\"福州, \"\"星火\"\"\n科技\",18472425.00\r\n\"'=HYPERLINK(\"\"x\"\")\",-5.00\r\n,1\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteMoneyAsExactNumbersAndLongerNumbersAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter xlsx = TableWriter.of(ExportFormat.XLSX, out, "金额/明细")) {
            xlsx.header(List.of("金额"));
            xlsx.row(new Object[] { new BigDecimal("9999999999999.99") });
            xlsx.row(new Object[] { new BigDecimal("1234567890123456.78") });
            xlsx.row(new Object[] { new BigDecimal("0.10") });
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<Row> rows = stream.toList();
            assertEquals("金额_明细", workbook.getFirstSheet().getName());
            assertEquals(CellType.NUMBER, rows.get(1).getCell(0).getType());
            assertEquals(new BigDecimal("9999999999999.99"), rows.get(1).getCellAsNumber(0).orElseThrow());
            assertEquals(CellType.STRING, rows.get(2).getCell(0).getType());
            assertEquals("1234567890123456.78", rows.get(2).getCellText(0));
            assertEquals(0, new BigDecimal("0.10").compareTo(rows.get(3).getCellAsNumber(0).orElseThrow()));
        }
    }

    @Test
    void shouldExportOnlyWhenAFileFormatComesBeforeJson() {
        assertEquals(ExportFormat.CSV, ExportFormat.preferred(List.of(MediaType.valueOf("text/csv"))));
        assertEquals(ExportFormat.XLSX, ExportFormat.preferred(List.of(ExportFormat.XLSX.mediaType(),
                MediaType.APPLICATION_JSON_TYPE)));
        assertNull(ExportFormat.preferred(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("text/csv"))));
        assertNull(ExportFormat.preferred(List.of(MediaType.WILDCARD_TYPE)));
        assertNull(XlsxTableWriter.exactNumber("12"));
    }
}

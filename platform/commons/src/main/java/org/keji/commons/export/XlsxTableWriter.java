package org.keji.commons.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with FastExcel, streamed: rows are flushed to the zip stream every {@value #FLUSH_ROWS} rows
 * and text is written as inline strings (a shared-strings table would keep every distinct text in memory).
 * <p>
 * A number is a numeric cell when a spreadsheet keeps it exactly: at most 15 significant digits (Excel's precision;
 * money up to 9 999 999 999 999.99 yuan). The cell holds the decimal text itself ({@code 18472425.00} is written as
 * such, never through a {@code double}), so a reader gets the exact {@link BigDecimal} back. A longer number is written
 * as text so that no digit is lost.
 */
final class XlsxTableWriter implements TableWriter {

    static final int FLUSH_ROWS = 500;
    /** The significant digits a spreadsheet keeps in a number. */
    static final int SPREADSHEET_PRECISION = 15;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Keji", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    @Override
    public void header(List<String> titles) {
        for (int column = 0; column < titles.size(); column++) {
            sheet.inlineString(row, column, titles.get(column));
        }
        sheet.range(row, 0, row, Math.max(0, titles.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        row++;
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (int column = 0; column < cells.length; column++) {
            Object cell = cells[column];
            if (cell == null) {
                continue;
            }
            BigDecimal number = exactNumber(cell);
            if (number != null) {
                sheet.value(row, column, number);
            } else if (cell instanceof Boolean bool) {
                sheet.value(row, column, bool);
            } else {
                sheet.inlineString(row, column, Columns.text(cell));
            }
        }
        row++;
        if (row % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }

    /** The number as a decimal a spreadsheet keeps exactly, or null if the cell is no number or would lose digits. */
    static BigDecimal exactNumber(Object cell) {
        BigDecimal decimal = switch (cell) {
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            default -> null;
        };
        if (decimal == null || decimal.precision() > SPREADSHEET_PRECISION) {
            return null;
        }
        return decimal;
    }

    /** A valid sheet name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}

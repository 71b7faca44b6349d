package org.keji.commons.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * RFC 4180 CSV: UTF-8 led by a byte order mark (so spreadsheet programs do not read the Chinese as another code page),
 * comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break (quotes doubled).
 * <p>
 * Text that a spreadsheet would run as a formula ({@code = + - @} first, or a tab or carriage return first) is led by
 * an apostrophe, so a name an applicant typed cannot become a formula in an officer's spreadsheet; numbers, money and
 * dates are written as they are.
 */
final class CsvTableWriter implements TableWriter {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final Writer text;
    private final SequenceWriter rows;

    CsvTableWriter(OutputStream out) throws IOException {
        this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        this.rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(text);
    }

    @Override
    public void header(List<String> titles) throws IOException {
        rows.write(titles.toArray(String[]::new));
    }

    @Override
    public void row(Object[] cells) throws IOException {
        String[] fields = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            fields[i] = cell == null ? "" : cell instanceof String string ? defused(string) : Columns.text(cell);
        }
        rows.write(fields);
    }

    @Override
    public void close() throws IOException {
        rows.flush();
        text.flush();
    }

    /** Text a spreadsheet would evaluate, led by an apostrophe (OWASP "CSV injection"). */
    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}

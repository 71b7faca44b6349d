package org.keji.commons.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one table, row by row, to a stream: a header row, then the rows of cell values (see {@link Columns#cell}). */
interface TableWriter extends AutoCloseable {

    void header(List<String> titles) throws IOException;

    void row(Object[] cells) throws IOException;

    /** Completes the document; the stream is left open. */
    @Override
    void close() throws IOException;

    static TableWriter of(ExportFormat format, OutputStream out, String sheetName) throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName);
        };
    }
}

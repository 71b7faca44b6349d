package org.keji.commons.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import org.keji.commons.export.Columns.Column;
import org.keji.commons.export.Columns.TableRow;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes an operation's answer as a CSV or XLSX table: the rows of a page fetch (streamed, see {@link Exports}), a
 * list, the rows of a statistics record (its scalar members repeated on each row), or a single record as one row.
 */
@ApplicationScoped
public class ExportWriter {

    private static final int BUFFER = 64 * 1024;

    private final ExportConfig config;
    private final AgroalDataSource dataSource;
    private final Instance<EntityManager> entityManager;

    public ExportWriter(ExportConfig config, AgroalDataSource dataSource, Instance<EntityManager> entityManager) {
        this.config = config;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    StreamingOutput output(ExportFormat format, String title, Object entity, Type entityType, Exports exports) {
        if (exports.fetch() != null) {
            Class<?> rowType = Columns.elementType(entityType);
            if (rowType == null) {
                throw new IllegalStateException("an exported page needs its item type: " + entityType);
            }
            return out -> streamed(format, title, Columns.of(rowType), exports, out);
        }
        if (entity instanceof Page<?>) {
            throw new IllegalStateException("an exportable page operation must fetch through Exports.pages: " + title);
        }
        if (entity instanceof Collection<?> rows) {
            exports.requireWithinCap(rows.size());
            Class<?> rowType = Columns.elementType(entityType);
            if (rowType == null) {
                rowType = rows.isEmpty() ? Object.class : rows.iterator().next().getClass();
            }
            List<Column> columns = Columns.of(rowType);
            return out -> write(format, title, columns, rows, out);
        }
        Class<?> type = entity.getClass();
        RecordComponent rowsComponent = type.isRecord() ? Columns.rowsComponent(type) : null;
        if (rowsComponent == null) {
            return out -> write(format, title, Columns.of(type), List.of(entity), out);
        }
        Class<?> elementType = Columns.elementType(rowsComponent.getGenericType());
        List<?> elements = List.copyOf((Collection<?>) read(rowsComponent, entity));
        exports.requireWithinCap(elements.size());
        List<TableRow> rows = elements.stream().map(element -> new TableRow(entity, element)).toList();
        return out -> write(format, title, Columns.table(type, rowsComponent, elementType), rows, out);
    }

    private static void write(ExportFormat format, String title, List<Column> columns, Collection<?> rows,
            OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        try (TableWriter table = TableWriter.of(format, buffered, title)) {
            table.header(columns.stream().map(Column::title).toList());
            for (Object row : rows) {
                table.row(cells(columns, row));
            }
        }
        buffered.flush();
    }

    /**
     * Every row of the export's fetch, batch by batch, in one read-only REPEATABLE READ transaction: the batches see one
     * snapshot, so rows inserted meanwhile neither shift nor repeat a row. The persistence context is cleared after each
     * batch so memory holds one batch at a time. If the rows grew beyond the cap since the count, the response is
     * broken off rather than ended as if complete.
     */
    private void streamed(ExportFormat format, String title, List<Column> columns, Exports exports, OutputStream out) {
        Function<PageQuery, ? extends Page<?>> fetch = exports.fetch();
        QuarkusTransaction.requiringNew().timeout(Math.toIntExact(config.timeout().toSeconds())).run(() -> {
            snapshot();
            Page<?> batch = fetch.apply(exports.batch(0));
            exports.requireWithinCap(batch.total());
            BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
            try (TableWriter table = TableWriter.of(format, buffered, title)) {
                table.header(columns.stream().map(Column::title).toList());
                long written = 0;
                for (int index = 1;; index++) {
                    for (Object row : batch.items()) {
                        table.row(cells(columns, row));
                    }
                    written += batch.items().size();
                    clearPersistenceContext();
                    if (written > config.maxRows()) {
                        throw new IOException("the export grew beyond " + config.maxRows() + " rows while written");
                    }
                    if (batch.items().size() < batch.size() || written >= batch.total()) {
                        break;
                    }
                    batch = fetch.apply(exports.batch(index));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                buffered.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void snapshot() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the export's snapshot", e);
        }
    }

    private void clearPersistenceContext() {
        if (entityManager.isResolvable()) {
            entityManager.get().clear();
        }
    }

    private static Object[] cells(List<Column> columns, Object row) {
        Object[] cells = new Object[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Columns.cell(columns.get(i).value().apply(row));
        }
        return cells;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}

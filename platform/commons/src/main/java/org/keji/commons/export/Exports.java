package org.keji.commons.export;

import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;

/**
 * The export of the current request, if its {@code Accept} asked for CSV or XLSX (see {@link ExportFilters}).
 * <p>
 * An exportable list operation declares itself with the OpenAPI extension {@value #EXTENSION} (its value is the file
 * name, e.g. {@code 证书}) and fetches its page through {@link #pages}: for JSON that is just the page asked for; for an
 * export the same fetch is later called batch after batch in one read-only snapshot, so the file holds every row
 * matching the filters (in the requested sort; {@code page} and {@code size} are ignored), under exactly the caller's
 * reach that the JSON list applies.
 */
@RequestScoped
public class Exports {

    /** The OpenAPI extension that makes an operation exportable; its value is the file name without extension. */
    public static final String EXTENSION = "x-keji-export";

    private final ExportConfig config;
    private ExportFormat format;
    private Function<PageQuery, ? extends Page<?>> fetch;
    private PageQuery query;

    public Exports(ExportConfig config) {
        this.config = config;
    }

    /** The format asked for, or null for the operation's usual JSON. */
    public ExportFormat format() {
        return format;
    }

    void requested(ExportFormat format) {
        this.format = format;
    }

    /**
     * The page {@code query} asks for, or, for an export, a first row and the count of all rows: the rows themselves
     * are streamed after the operation returns.
     *
     * @param fetch one page of the operation's items for a query, with the total over all pages
     * @throws BusinessRuleException {@code EXPORT_TOO_LARGE} if an export would hold more than
     *         {@code keji.export.max-rows} rows; checked before a byte is sent
     */
    public <T> Page<T> pages(PageQuery query, Function<PageQuery, Page<T>> fetch) {
        if (format == null) {
            return fetch.apply(query);
        }
        Page<T> first = fetch.apply(new PageQuery(0, 1, query.sortField(), query.ascending()));
        requireWithinCap(first.total());
        this.fetch = fetch;
        this.query = query;
        return first;
    }

    /** The fetch an export streams, or null if the operation returned its whole answer. */
    Function<PageQuery, ? extends Page<?>> fetch() {
        return fetch;
    }

    /** Batch {@code index} of the export, in the requested order. */
    PageQuery batch(int index) {
        return new PageQuery(index, config.batchSize(), query.sortField(), query.ascending());
    }

    void requireWithinCap(long rows) {
        if (rows > config.maxRows()) {
            throw new BusinessRuleException("EXPORT_TOO_LARGE", rows, config.maxRows());
        }
    }
}

package org.keji.commons.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list response: {@code {items, page, size, total}}. */
@Schema(description = "One page of results")
public record Page<T>(
        @Schema(description = "The items of this page, in the requested order") List<T> items,
        @Schema(description = "Page number, starting at 0", example = "0", minimum = "0") int page,
        @Schema(description = "Requested page size (the last page may hold fewer items)", example = "20", minimum = "1", maximum = "100") int size,
        @Schema(description = "Number of items over all pages", example = "137", minimum = "0") long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page the query asked for, holding the given items. */
    public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
        return new Page<>(items, query.page(), query.size(), total);
    }

    /** The same page with each item mapped, e.g. from entity to response record. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Page<>(items.stream().<R> map(mapper).toList(), page, size, total);
    }
}

package org.keji.commons.paging;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;

/**
 * The paging and sorting a list request asked for, checked: {@code ?page=0&size=20&sort=field,asc}. Build it with
 * {@link #of} from the raw query parameters; bad input becomes a 400 problem with the offending parameter.
 *
 * @param page 0-based page number
 * @param size page size, at most the cap
 * @param sortField one of the sortable fields
 * @param ascending the sort direction
 */
public record PageQuery(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_PAGE = 0;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0 || size < 1 || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no such page: page " + page + " of size " + size);
        }
        Objects.requireNonNull(sortField, "sortField");
    }

    /** With the platform's cap of {@value #MAX_SIZE} items a page. */
    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortableFields,
            String defaultSort) {
        return of(page, size, sort, sortableFields, defaultSort, MAX_SIZE);
    }

    /**
     * Checks the query parameters of a list request.
     *
     * @param page the {@code page} parameter, null for the first page
     * @param size the {@code size} parameter, null for {@value #DEFAULT_SIZE}; above {@code maxSize} it is lowered to
     *        {@code maxSize}, because a client asking for more than we serve still gets a useful answer
     * @param sort the {@code sort} parameter, {@code field}, {@code field,asc} or {@code field,desc}; null or blank for
     *        {@code defaultSort}
     * @param sortableFields the fields the client may sort by, each backed by an index
     * @param defaultSort the order when the client names none, in the same syntax; a list always has an order so that
     *        pages do not overlap
     * @throws InvalidRequestException {@code INVALID_PAGE} for a negative page or a size below 1, {@code INVALID_SORT}
     *         for a field not in {@code sortableFields} or a direction other than asc and desc
     * @throws IllegalArgumentException if {@code defaultSort} itself is not a valid sort of these fields
     */
    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortableFields,
            String defaultSort, int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("the size cap must be at least 1: " + maxSize);
        }
        int pageNumber = page == null ? DEFAULT_PAGE : page;
        int pageSize = size == null ? Math.min(DEFAULT_SIZE, maxSize) : Math.min(size, maxSize);
        if (pageNumber < 0) {
            throw invalidPage("page", "must be 0 or more", page, maxSize);
        }
        if (pageSize < 1) {
            throw invalidPage("size", "must be 1 or more", size, maxSize);
        }
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw invalidPage("page", "is beyond the last possible page", page, maxSize);
        }
        Sort order = Sort.parse(defaultSort, sortableFields);
        if (order == null) {
            throw new IllegalArgumentException("not a valid default sort of " + sortableFields + ": " + defaultSort);
        }
        if (sort != null && !sort.isBlank()) {
            order = Sort.parse(sort, sortableFields);
            if (order == null) {
                String allowed = allowed(sortableFields);
                throw new InvalidRequestException("INVALID_SORT", List.of(new Problem.Violation("sort",
                        "must be one of " + allowed + ", optionally followed by ,asc or ,desc", sort)), allowed);
            }
        }
        return new PageQuery(pageNumber, pageSize, order.field(), order.ascending());
    }

    /** The number of rows to skip, for {@code setFirstResult} or {@code OFFSET}. */
    public int offset() {
        return page * size;
    }

    private static InvalidRequestException invalidPage(String field, String message, Integer rejected, int maxSize) {
        return new InvalidRequestException("INVALID_PAGE",
                List.of(new Problem.Violation(field, message, String.valueOf(rejected))), maxSize);
    }

    private static String allowed(Set<String> sortableFields) {
        return String.join(", ", new TreeSet<>(sortableFields));
    }

    private record Sort(String field, boolean ascending) {

        /** {@code field[,asc|desc]}, blanks around the parts ignored; null if malformed or not sortable. */
        static Sort parse(String sort, Set<String> sortableFields) {
            if (sort == null) {
                return null;
            }
            List<String> parts = List.of(sort.split(",", -1));
            if (parts.size() > 2) {
                return null;
            }
            String field = parts.get(0).strip();
            if (!sortableFields.contains(field)) {
                return null;
            }
            if (parts.size() == 1) {
                return new Sort(field, true);
            }
            return switch (parts.get(1).strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> new Sort(field, true);
                case "desc" -> new Sort(field, false);
                default -> null;
            };
        }
    }
}

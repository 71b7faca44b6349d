package org.keji.commons.paging;

import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list operation, bound with {@code @BeanParam} and documented once. The fields a list
 * can be sorted by, and its default order, are the operation's: its description names them.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 0", example = "0")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1-" + PageQuery.MAX_SIZE + " (default " + PageQuery.DEFAULT_SIZE
            + "); a larger size is lowered to " + PageQuery.MAX_SIZE, example = "20")
    Integer size;

    @QueryParam("sort")
    @Parameter(description = "A field the operation sorts by (see its description), optionally followed by `,asc` "
            + "or `,desc`", example = "createdAt,desc")
    String sort;

    public PageParams() {
    }

    public PageParams(Integer page, Integer size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /**
     * The checked query, see {@link PageQuery#of(Integer, Integer, String, Set, String)}.
     *
     * @throws org.keji.commons.problem.InvalidRequestException {@code INVALID_PAGE} or {@code INVALID_SORT}
     */
    public PageQuery query(Set<String> sortableFields, String defaultSort) {
        return PageQuery.of(page, size, sort, sortableFields, defaultSort);
    }
}

package org.keji.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.InvalidRequestException;

class PageParamsTest {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt");

    @Test
    void shouldGiveTheFirstPageInTheOperationsDefaultOrderWhenNothingIsSent() {
        assertEquals(new PageQuery(0, 20, "createdAt", false),
                new PageParams().query(SORTABLE, "createdAt,desc"));
    }

    @Test
    void shouldCarryTheSentPageSizeAndSortIntoTheQuery() {
        assertEquals(new PageQuery(3, 50, "name", true),
                new PageParams(3, 50, "name,asc").query(SORTABLE, "createdAt,desc"));
    }

    @Test
    void shouldRefuseASortFieldTheOperationDoesNotOffer() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new PageParams(0, 20, "uscc").query(SORTABLE, "createdAt,desc"));
        assertEquals("INVALID_SORT", e.code());
    }

    @Test
    void shouldRefuseANegativePage() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new PageParams(-1, null, null).query(SORTABLE, "createdAt,desc"));
        assertEquals("INVALID_PAGE", e.code());
    }
}

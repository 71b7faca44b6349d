package org.keji.commons.paging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.ProblemFactory;

class PageQueryTest {

    private static final Set<String> SORTABLE = Set.of("name", "submittedAt");
    private static final String DEFAULT_SORT = "submittedAt,desc";

    private static PageQuery query(Integer page, Integer size, String sort) {
        return PageQuery.of(page, size, sort, SORTABLE, DEFAULT_SORT);
    }

    @Test
    void shouldDefaultToTheFirstPageOfTwentyInTheDefaultOrder() {
        PageQuery query = query(null, null, null);
        assertEquals(0, query.page());
        assertEquals(20, query.size());
        assertEquals("submittedAt", query.sortField());
        assertFalse(query.ascending());
        assertEquals(0, query.offset());
    }

    @Test
    void shouldUseTheDefaultOrderForABlankSort() {
        assertEquals("submittedAt", query(null, null, "  ").sortField());
        assertEquals("submittedAt", query(null, null, "").sortField());
    }

    @Test
    void shouldSkipTheRowsOfEarlierPages() {
        assertEquals(60, query(3, 20, null).offset());
        assertEquals(0, query(0, 50, null).offset());
    }

    @Test
    void shouldClampSizesAboveTheCap() {
        assertEquals(100, query(null, 101, null).size());
        assertEquals(100, query(null, Integer.MAX_VALUE, null).size());
        assertEquals(100, query(null, 100, null).size());
        assertEquals(30, PageQuery.of(null, 500, null, SORTABLE, DEFAULT_SORT, 30).size());
    }

    @Test
    void shouldNotDefaultAboveASmallerCap() {
        assertEquals(10, PageQuery.of(null, null, null, SORTABLE, DEFAULT_SORT, 10).size());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, Integer.MIN_VALUE })
    void shouldRejectASizeBelowOne(int size) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> query(null, size, null));
        assertEquals(400, e.status());
        assertEquals("INVALID_PAGE", e.code());
        assertEquals("size", only(e).field());
        assertEquals(String.valueOf(size), only(e).rejectedValue());
    }

    @Test
    void shouldRejectANegativePage() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> query(-1, null, null));
        assertEquals("INVALID_PAGE", e.code());
        assertEquals("page", only(e).field());
        assertEquals("-1", only(e).rejectedValue());
    }

    @Test
    void shouldRejectAPageWhoseOffsetWouldOverflow() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> query(Integer.MAX_VALUE, 100, null));
        assertEquals("INVALID_PAGE", e.code());
        assertEquals("page", only(e).field());
        assertEquals(Integer.MAX_VALUE / 100 * 100, query(Integer.MAX_VALUE / 100, 100, null).offset());
    }

    @Test
    void shouldSortAscendingWhenNoDirectionIsGiven() {
        PageQuery query = query(null, null, "name");
        assertEquals("name", query.sortField());
        assertTrue(query.ascending());
    }

    @Test
    void shouldReadTheDirection() {
        assertTrue(query(null, null, "name,asc").ascending());
        assertFalse(query(null, null, "name,desc").ascending());
        assertFalse(query(null, null, "name,DESC").ascending());
        assertFalse(query(null, null, "name, desc").ascending());
    }

    @ParameterizedTest
    @ValueSource(strings = { "password", "Name", "name,up", "name,", ",asc", "name,asc,desc", "name;desc" })
    void shouldRejectASortOutsideTheWhitelist(String sort) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> query(null, null, sort));
        assertEquals(400, e.status());
        assertEquals("INVALID_SORT", e.code());
        assertEquals("sort", only(e).field());
        assertEquals(sort, only(e).rejectedValue());
        assertArrayEquals(new Object[] { "name, submittedAt" }, e.arguments());
    }

    @Test
    void shouldRefuseADefaultSortOutsideTheWhitelistAsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> PageQuery.of(null, null, null, SORTABLE, "createdAt"));
        assertThrows(IllegalArgumentException.class, () -> PageQuery.of(null, null, "name", SORTABLE, null));
    }

    @Test
    void shouldRefuseACapBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> PageQuery.of(null, null, null, SORTABLE, DEFAULT_SORT, 0));
    }

    @Test
    void shouldRefuseToBuildAnImpossibleQueryDirectly() {
        assertThrows(IllegalArgumentException.class, () -> new PageQuery(-1, 20, "name", true));
        assertThrows(IllegalArgumentException.class, () -> new PageQuery(0, 0, "name", true));
        assertThrows(NullPointerException.class, () -> new PageQuery(0, 20, null, true));
    }

    @Test
    void shouldHaveMessagesForItsProblemCodesInBothLanguages() {
        ProblemFactory problems = new ProblemFactory();
        assertEquals("Invalid page", problems.title("INVALID_PAGE", Locale.ENGLISH));
        assertEquals("分页参数不合法", problems.title("INVALID_PAGE", Locale.SIMPLIFIED_CHINESE));
        assertEquals("page starts at 0; size is 1 to 100.", problems.detail("INVALID_PAGE", Locale.ENGLISH, 100));
        assertEquals("请按 name, submittedAt 之一排序，格式为 field,asc 或 field,desc。",
                problems.detail("INVALID_SORT", Locale.SIMPLIFIED_CHINESE,
                        assertThrows(InvalidRequestException.class, () -> query(null, null, "x")).arguments()));
    }

    private static Problem.Violation only(InvalidRequestException e) {
        List<Problem.Violation> violations = e.violations();
        assertEquals(1, violations.size());
        return violations.get(0);
    }
}

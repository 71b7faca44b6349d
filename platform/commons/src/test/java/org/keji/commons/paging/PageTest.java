package org.keji.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class PageTest {

    @Test
    void shouldCarryThePageAndSizeOfTheQuery() {
        PageQuery query = PageQuery.of(2, 10, null, Set.of("name"), "name");
        Page<String> page = Page.of(List.of("a", "b"), query, 22);
        assertEquals(new Page<>(List.of("a", "b"), 2, 10, 22), page);
    }

    @Test
    void shouldMapItemsAndKeepThePaging() {
        Page<Integer> lengths = new Page<>(List.of("科技", "局长"), 1, 2, 4).map(String::length);
        assertEquals(new Page<>(List.of(2, 2), 1, 2, 4), lengths);
    }

    @Test
    void shouldNotChangeWhenTheSourceListChanges() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 0, 20, 1);
        items.add("b");
        assertEquals(List.of("a"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("c"));
    }

    @Test
    void shouldSerializeAsItemsPageSizeTotal() throws Exception {
        String json = new ObjectMapper().findAndRegisterModules()
                .writeValueAsString(new Page<>(List.of("高新技术企业"), 0, 20, 1));
        assertEquals("{\"items\":[\"高新技术企业\"],\"page\":0,\"size\":20,\"total\":1}", json);
    }
}

package org.keji.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegionReachTest {

    @Test
    void shouldTakeACityClaimAsTheCitysPrefix() {
        RegionReach hangzhou = RegionReach.ofClaim("330100").orElseThrow();
        assertEquals("3301", hangzhou.prefix());
        assertTrue(hangzhou.includes("330100"));
        assertTrue(hangzhou.includes("330106"));
        assertFalse(hangzhou.includes("330200"));
        assertFalse(hangzhou.includes("350100"));
        assertFalse(hangzhou.includes(null));
    }

    @Test
    void shouldTakeAProvinceClaimAsTheProvincesPrefixAndACountyAsItself() {
        RegionReach zhejiang = RegionReach.ofClaim("330000").orElseThrow();
        assertEquals("33", zhejiang.prefix());
        assertTrue(zhejiang.includes("330782"));
        assertFalse(zhejiang.includes("350100"));

        RegionReach county = RegionReach.ofClaim("330106").orElseThrow();
        assertTrue(county.includes("330106"));
        assertFalse(county.includes("330100"));
    }

    @Test
    void shouldTakeTheWholeCountryAsEverywhereAndRefuseAClaimThatIsNoCode() {
        RegionReach country = RegionReach.ofClaim("000000").orElseThrow();
        assertTrue(country.everywhere());
        assertTrue(country.includes("650100"));
        assertTrue(country.includes(null));
        assertNull(country.condition("region", "reach"));

        assertEquals(Optional.empty(), RegionReach.ofClaim(null));
        assertEquals(Optional.empty(), RegionReach.ofClaim("3301"));
        assertEquals(Optional.empty(), RegionReach.ofClaim("33010a"));
    }

    @Test
    void shouldGiveAPrefixConditionForLists() {
        RegionReach hangzhou = RegionReach.ofClaim("330100").orElseThrow();
        assertEquals("c.region LIKE :reach", hangzhou.condition("c.region", "reach"));
        assertEquals("3301%", hangzhou.parameterValue());
    }
}

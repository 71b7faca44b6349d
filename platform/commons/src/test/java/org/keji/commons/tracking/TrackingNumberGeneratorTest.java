package org.keji.commons.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Tracking numbers from the database sequence: today's date in Shanghai, never the same number twice. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class TrackingNumberGeneratorTest {

    @Inject
    TrackingNumberGenerator generator;

    @Test
    void shouldIssueDistinctNumbersOfTodayEvenWhenAskedConcurrently() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate before = LocalDate.now(shanghai);
        Set<String> issued = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200).parallel().forEach(i -> issued.add(generator.next(TrackingPrefix.ENT)));
        LocalDate after = LocalDate.now(shanghai);

        assertEquals(200, issued.size());
        for (String number : issued) {
            assertTrue(TrackingNumbers.isValid(number), number);
            assertEquals("ENT", TrackingNumbers.parse(number).prefix());
            LocalDate date = TrackingNumbers.parse(number).date();
            assertTrue(date.equals(before) || date.equals(after), number);
        }
    }
}

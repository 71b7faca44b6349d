package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class StatisticsLoadTest {

    @Test
    void shouldTakeTheNearestRankPercentileOfTheMeasuredCalls() {
        // 50 calls of 1 … 50 ms
        long[] nanos = LongStream.rangeClosed(1, 50).map(ms -> ms * 1_000_000).toArray();

        assertEquals(25.0, StatisticsLoad.percentile(nanos, 50));
        assertEquals(50.0, StatisticsLoad.percentile(nanos, 99));
        assertEquals(1.0, StatisticsLoad.percentile(new long[] { 1_000_000 }, 99));
    }
}

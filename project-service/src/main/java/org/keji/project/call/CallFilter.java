package org.keji.project.call;

/**
 * The filters of a call search; null members do not filter.
 *
 * @param region a GB/T 2260 prefix of the call's region (2, 4 or 6 digits)
 * @param status derived from the window at the time of the search
 * @param text words found in the title or the code, case-insensitive
 */
public record CallFilter(Integer year, Integer batch, CallLevel level, CallCategory category, String region,
        CallStatus status, String text) {
}

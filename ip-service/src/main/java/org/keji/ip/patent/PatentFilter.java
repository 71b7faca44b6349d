package org.keji.ip.patent;

import org.keji.commons.identifier.PatentType;

/**
 * The filters of a patent list; null members do not filter.
 *
 * @param holderUscc held (now) by this enterprise, among others
 * @param type patent type
 * @param status derived status as of today (a granted patent past its term counts as LAPSED)
 * @param regionPrefix GB/T 2260 code or a prefix of it (2, 4 or 6 digits)
 * @param filingYear filed in this year
 * @param grantedYear granted in this year
 */
public record PatentFilter(String holderUscc, PatentType type, PatentStatus status, String regionPrefix,
        Integer filingYear, Integer grantedYear) {
}

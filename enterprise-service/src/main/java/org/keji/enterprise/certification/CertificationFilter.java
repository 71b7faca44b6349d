package org.keji.enterprise.certification;

import java.time.LocalDate;

import org.keji.enterprise.support.RegionScope;

/**
 * The filters of the officers' search of certificates; null members do not filter.
 *
 * @param certificationType a certification type code, exact
 * @param status the status now
 * @param region the region of the holder when certified: a province, city or county
 * @param uscc the holder
 * @param validOn valid on this day: ACTIVE or UNDER_RECHECK, validFrom ≤ validOn ≤ validTo
 * @param expiringWithinDays valid on {@code validOn} (today when null) and ending at most this many days after it
 */
public record CertificationFilter(String certificationType, CertificationStatus status, RegionScope region,
        String uscc, LocalDate validOn, Integer expiringWithinDays) {
}

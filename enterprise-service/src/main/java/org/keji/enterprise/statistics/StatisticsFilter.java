package org.keji.enterprise.statistics;

import org.keji.commons.security.RegionReach;
import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.support.RegionScope;

/**
 * The filters of certification statistics; null members do not filter.
 *
 * @param certificationType a certification type code, exact
 * @param level the level of the certification type
 * @param region a province, city or county, with or without what lies below it
 * @param within the regions of the caller (an officer's); null for every region
 */
public record StatisticsFilter(String certificationType, CertificationLevel level, RegionScope region,
        RegionReach within) {

    public StatisticsFilter(String certificationType, CertificationLevel level, RegionScope region) {
        this(certificationType, level, region, null);
    }

    /** This filter, restricted to {@code regions} as well (null = every region). */
    public StatisticsFilter within(RegionReach regions) {
        return new StatisticsFilter(certificationType, level, region, regions);
    }
}

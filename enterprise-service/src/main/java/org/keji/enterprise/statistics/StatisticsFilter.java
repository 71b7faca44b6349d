package org.keji.enterprise.statistics;

import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.support.RegionScope;

/**
 * The filters of certification statistics; null members do not filter.
 *
 * @param certificationType a certification type code, exact
 * @param level the level of the certification type
 * @param region a province, city or county, with or without what lies below it
 */
public record StatisticsFilter(String certificationType, CertificationLevel level, RegionScope region) {
}

package org.keji.enterprise.monitoring;

import org.keji.commons.security.RegionReach;

/** The filters of the monitoring list; null means any. {@code within} is the caller's regions (an officer's). */
public record MonitoringFilter(String uscc, String certificationType, String region, FindingKind findingKind,
        RegionReach within) {

    public MonitoringFilter(String uscc, String certificationType, String region, FindingKind findingKind) {
        this(uscc, certificationType, region, findingKind, null);
    }

    /** This filter, restricted to {@code regions} as well (null = every region). */
    public MonitoringFilter within(RegionReach regions) {
        return new MonitoringFilter(uscc, certificationType, region, findingKind, regions);
    }

    boolean restricted() {
        return within != null && !within.everywhere();
    }
}

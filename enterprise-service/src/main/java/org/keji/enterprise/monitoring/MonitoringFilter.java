package org.keji.enterprise.monitoring;

/** The filters of the monitoring list; null means any. */
public record MonitoringFilter(String uscc, String certificationType, String region, FindingKind findingKind) {
}

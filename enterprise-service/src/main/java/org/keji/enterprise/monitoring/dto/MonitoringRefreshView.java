package org.keji.enterprise.monitoring.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonitoringRefresh", description = "A refresh of the monitoring findings")
public record MonitoringRefreshView(
        @Schema(description = "`ENTERPRISE`: one enterprise, done; `ALL`: every certified certificate, started in the background", enumeration = {
                "ENTERPRISE", "ALL" }, example = "ENTERPRISE") String scope,
        @Schema(description = "The enterprise refreshed (scope ENTERPRISE)", example = "91350100M000100Y43") String uscc,
        @Schema(description = "Certificates evaluated (scope ENTERPRISE)", example = "2") Integer certifications,
        @Schema(description = "Of them, certificates with a finding (scope ENTERPRISE)", example = "1") Integer flagged){

    public static MonitoringRefreshView ofEnterprise(String uscc, int certifications, int flagged) {
        return new MonitoringRefreshView("ENTERPRISE", uscc, certifications, flagged);
    }

    public static MonitoringRefreshView ofAll() {
        return new MonitoringRefreshView("ALL", null, null, null);
    }
}

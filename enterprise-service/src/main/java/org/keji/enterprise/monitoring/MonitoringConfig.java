package org.keji.enterprise.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/**
 * Settings of the monitoring list; set in {@code application.properties}, section {@code ## Monitoring}. The daily
 * refresh's schedule ({@code cron}) is read by {@code @Scheduled}.
 */
@ConfigMapping(prefix = "keji.enterprise.monitoring")
public interface MonitoringConfig {

    /** When the full refresh runs (Quarkus cron, seconds first, Asia/Shanghai; {@code off} disables it). */
    String cron();

    /** Certificates re-evaluated per transaction in a full refresh. */
    @Min(1)
    @Max(10_000)
    int batchSize();
}

package org.keji.enterprise.certification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/**
 * Settings of the certification lifecycle; set in {@code application.properties}, section
 * {@code ## Certification lifecycle}. The job's schedule itself ({@code expiry.cron}) is read by {@code @Scheduled}.
 */
@ConfigMapping(prefix = "keji.enterprise.certification")
public interface CertificationLifecycleConfig {

    Expiry expiry();

    interface Expiry {

        /** When the expiry job runs (Quarkus cron, seconds first, Asia/Shanghai; {@code off} disables it). */
        String cron();

        /** Certificates expired per transaction: bounds the locks held and the events written at once. */
        @Min(1)
        @Max(10_000)
        int batchSize();
    }
}

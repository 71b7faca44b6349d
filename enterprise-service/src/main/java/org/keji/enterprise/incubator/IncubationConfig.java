package org.keji.enterprise.incubator;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** The bureau's incubation rules; set in {@code application.properties}, section {@code ## Incubation}. */
@ConfigMapping(prefix = "keji.enterprise.incubation")
public interface IncubationConfig {

    /** Incubation limit of a tenant admitted without one of its own, in months (often 48). */
    @Min(1)
    int defaultLimitMonths();

    /** Months an enterprise assessed 不合格 (unqualified) has to move out, counted from the assessment. */
    @Min(1)
    int moveOutMonths();
}

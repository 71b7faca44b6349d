package org.keji.project.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bureau's limits of a project's lifecycle (DOMAIN.md "Plan projects and grants"). */
@ConfigMapping(prefix = "keji.project.lifecycle")
public interface LifecycleConfig {

    /** Working days a ranked list stays in publicity (公示), counted on the working-day calendar. */
    @WithDefault("5")
    int publicityWorkingDays();

    /** The longest one extension (延期) may move the contract end, in months. */
    @WithDefault("12")
    int extensionMaxMonths();

    /** Months after the contract end within which acceptance (验收) may be requested. */
    @WithDefault("6")
    int acceptanceWindowMonths();

    /** The longest an acceptance rectification may run, in months from the day it is required. */
    @WithDefault("3")
    int acceptanceRectificationMaxMonths();
}

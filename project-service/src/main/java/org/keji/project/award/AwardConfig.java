package org.keji.project.award;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import io.smallrye.config.ConfigMapping;

/**
 * The award's matter in the catalogue (事项清单): its code and the time limits within which a nomination is decided and
 * paid; set in {@code application.properties}, section {@code ## Awards}.
 */
@ConfigMapping(prefix = "keji.project.award")
public interface AwardConfig {

    /** Matter code (事项编码) of the science and technology progress award. */
    @NotBlank
    String matterCode();

    /** Promised time limit (承诺时限) in working days from nomination to payment. */
    @Min(1)
    int promisedWorkingDays();

    /** Legal time limit (法定时限) in working days. */
    @Min(1)
    int legalWorkingDays();
}

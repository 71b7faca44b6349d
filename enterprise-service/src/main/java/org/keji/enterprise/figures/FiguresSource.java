package org.keji.enterprise.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who reported a year's figures. */
@Schema(description = "Who reported the figures: APPLICANT (the enterprise itself, 企业填报), OFFICER (bureau staff, 科技局录入), "
        + "INTEGRATION (another government system such as tax, 部门共享)")
public enum FiguresSource {
    APPLICANT,
    OFFICER,
    INTEGRATION;

    /** Whether figures from this source are verified data the enterprise's own report may not replace. */
    public boolean verified() {
        return this != APPLICANT;
    }
}

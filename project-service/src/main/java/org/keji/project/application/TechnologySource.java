package org.keji.project.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Source of the project's technology (技术来源): OWN_RD (自主研发), IUR_COOPERATION (产学研合作), "
        + "INTRODUCED_REINNOVATION (引进技术再创新), INTRODUCED_PROMOTION (引进成果推广)")
public enum TechnologySource {
    OWN_RD,
    IUR_COOPERATION,
    INTRODUCED_REINNOVATION,
    INTRODUCED_PROMOTION
}

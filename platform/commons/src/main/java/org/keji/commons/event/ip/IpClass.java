package org.keji.commons.event.ip;

import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;

/**
 * The class of an intellectual-property item in certification scoring (高新技术企业认定 and 科技型中小企业评价): Class I =
 * invention patents and similar, Class II = utility models, designs, software copyrights. A Class II item may support
 * only one HNTE application; Class I items weigh more in the IP score (TECH_SME: one Class I item scores the full 30).
 */
@Schema(description = "IP class in certification scoring: CLASS_I (Ⅰ类知识产权: invention patents, incl. PCT inventions "
        + "entering China), CLASS_II (Ⅱ类知识产权: utility models, designs, software copyrights)")
public enum IpClass {
    CLASS_I,
    CLASS_II;

    /** DOMAIN "Enterprise certifications": inventions, domestic or entering China through the PCT, are Class I. */
    public static IpClass of(PatentType type) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case INVENTION, PCT_INVENTION -> CLASS_I;
            case UTILITY_MODEL, DESIGN, PCT_UTILITY_MODEL -> CLASS_II;
        };
    }
}

package org.keji.enterprise.registry;

import java.time.LocalDate;

/**
 * The filters of an enterprise search; null members do not filter.
 *
 * @param nameContains part of the registered name, case-insensitive
 * @param region GB/T 2260 code, exact
 * @param industry GB/T 4754 code or a prefix of it (a section letter matches all its divisions and classes)
 * @param registeredFrom first registration date included
 * @param registeredTo last registration date included
 * @param certificationType holds a certificate of this type
 * @param certificationStatus holds a certificate in this state (of {@code certificationType} when given), one of
 *        {@value #CERTIFICATION_STATES}
 */
public record EnterpriseFilter(String nameContains, String region, String industry, LocalDate registeredFrom,
        LocalDate registeredTo, String certificationType, String certificationStatus) {

    /**
     * The states of a certificate, by name: the registry names them rather than importing the certification feature,
     * which reads the registry (no package cycle); a test keeps the two lists equal.
     */
    public static final String CERTIFICATION_STATES = "ACTIVE|UNDER_RECHECK|REVOKED|EXPIRED";
}

package org.keji.enterprise.registry;

import java.time.LocalDate;

import org.keji.enterprise.certification.CertificationStatus;

/**
 * The filters of an enterprise search; null members do not filter.
 *
 * @param nameContains part of the registered name, case-insensitive
 * @param region GB/T 2260 code, exact
 * @param industry GB/T 4754 code or a prefix of it (a section letter matches all its divisions and classes)
 * @param registeredFrom first registration date included
 * @param registeredTo last registration date included
 * @param certificationType holds a certificate of this type
 * @param certificationStatus holds a certificate in this state (of {@code certificationType} when given)
 */
public record EnterpriseFilter(String nameContains, String region, String industry, LocalDate registeredFrom,
        LocalDate registeredTo, String certificationType, CertificationStatus certificationStatus) {
}

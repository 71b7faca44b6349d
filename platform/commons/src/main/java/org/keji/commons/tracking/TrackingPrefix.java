package org.keji.commons.tracking;

/**
 * The tracking-number prefix of each service, reserved here once so that numbers are unique across the suite: two
 * services never share a prefix, and each service's database sequence makes its own numbers unique.
 */
public enum TrackingPrefix {
    /** enterprise-service: certification applications and other enterprise cases. */
    ENT,
    /** ip-service: patent subsidies, pledges, disputes, contract registration. */
    IP,
    /** project-service: project applications. */
    PRJ,
    /** project-service: innovation vouchers (创新券). */
    VCH,
    /** finance-service: loan and subsidy applications. */
    FIN
}

package org.keji.enterprise.certification;

/**
 * What the bureau holds that backs a revocation ground (第十九条), counted for one certificate when it is revoked.
 *
 * @param majorIncidents major safety, quality or environment violations of the holder recorded as occurring during
 *        the validity, up to the revocation day (MAJOR_INCIDENT)
 * @param lateChangeReports reports of major changes of the certificate filed after their three months, 第十八条
 *        (UNREPORTED_CHANGE)
 */
public record RevocationRecords(long majorIncidents, long lateChangeReports) {
}

package org.keji.enterprise.statistics;

import org.keji.enterprise.certification.CertificationLevel;

/**
 * One row of an aggregate query: the group's values (null for a dimension not grouped by) and its counts; the row
 * with {@code total} set counts over all groups.
 *
 * @param granted of {@code count}, those granted here (new certificates only, else 0)
 * @param imported of {@code count}, those entered from before (new certificates only, else 0)
 */
record Tally(String certificationType, CertificationLevel level, String region, Integer year, boolean total, long count,
        long granted, long imported) {
}

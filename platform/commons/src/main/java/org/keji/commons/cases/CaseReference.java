package org.keji.commons.cases;

import java.util.Objects;

import org.keji.commons.tracking.TrackingNumbers;

/**
 * What names a case (办件) on every record and event: its tracking number, the matter code (事项编码) of the catalogue
 * and the applicant's unified social credit code.
 */
public record CaseReference(String trackingNumber, String matterCode, String uscc) {

    /**
     * @throws IllegalArgumentException if the tracking number is not one
     */
    public CaseReference {
        Objects.requireNonNull(matterCode, "matterCode");
        Objects.requireNonNull(uscc, "uscc");
        if (!TrackingNumbers.isValid(trackingNumber)) {
            throw new IllegalArgumentException("not a tracking number: " + trackingNumber);
        }
    }
}

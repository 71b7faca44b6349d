package org.keji.project.call;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a call stands, from its window at the time asked: UPCOMING (未开始) before `opensAt`, OPEN "
        + "(申报中) from `opensAt` (included) to `closesAt` (excluded), CLOSED (已截止) from `closesAt` on")
public enum CallStatus {
    UPCOMING,
    OPEN,
    CLOSED;

    /** The status of the window {@code [opensAt, closesAt)} at {@code at}. */
    public static CallStatus of(OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime at) {
        if (at.isBefore(opensAt)) {
            return UPCOMING;
        }
        return at.isBefore(closesAt) ? OPEN : CLOSED;
    }
}

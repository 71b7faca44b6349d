package org.keji.commons.event.ip;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * A granted patent ceased to be in force (专利权终止): from {@code lapsedOn} nobody holds it. Topic {@code keji.ip.v1},
 * key = the application number.
 * <p>
 * Version 1, with one holder. ip-service publishes {@link PatentLapsedV2} (holders with shares); this one stays so that
 * events already written remain readable, and consumers accept both.
 *
 * @param applicationNumber canonical application number, e.g. {@code 202310123456.6}
 * @param holderUscc unified social credit code of the patentee when the right ended
 * @param lapsedOn the day the right ended, the first day it is no longer in force
 * @param reason why it ended
 */
public record PatentLapsed(
        String applicationNumber,
        String holderUscc,
        LocalDate lapsedOn,
        LapseReason reason) implements DomainEvent {

    public static final String TYPE = "keji.ip.patent.lapsed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return applicationNumber;
    }
}

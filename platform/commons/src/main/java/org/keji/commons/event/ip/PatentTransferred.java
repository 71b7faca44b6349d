package org.keji.commons.event.ip;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.identifier.PatentType;

/**
 * The registration of a patent right's transfer (专利权转移登记): from {@code transferredOn} the patent belongs to
 * {@code toUscc}. Topic {@code keji.ip.v1}, key = the application number.
 * <p>
 * Version 1, with one holder. ip-service publishes {@link PatentTransferredV2} (holders with shares); this one stays so that
 * events already written remain readable, and consumers accept both.
 *
 * @param applicationNumber canonical application number, e.g. {@code 202310123456.6}
 * @param patentType the kind of patent
 * @param title title of the invention or design
 * @param fromUscc unified social credit code of the previous patentee
 * @param toUscc unified social credit code of the new patentee
 * @param transferredOn the day the transfer took effect (its registration announcement)
 */
public record PatentTransferred(
        String applicationNumber,
        PatentType patentType,
        String title,
        String fromUscc,
        String toUscc,
        LocalDate transferredOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.patent.transferred.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return applicationNumber;
    }
}

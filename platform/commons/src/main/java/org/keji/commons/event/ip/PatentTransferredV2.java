package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.identifier.PatentType;

/**
 * The registration of a change of patentees (专利权转移登记, whole or in part): from {@code transferredOn} the patent
 * belongs to {@code toHolders} with their shares, and no longer to a former holder missing from them. A holder in both
 * sets keeps holding it (its share may change). Version 2 of {@link PatentTransferred}, which moves a patent from one
 * holder to one; ip-service publishes this one, consumers accept both. Topic {@code keji.ip.v1}, key = the application
 * number.
 *
 * @param applicationNumber canonical application number, e.g. {@code 202310123456.6}
 * @param patentType the kind of patent, the one of the application number's type digit
 * @param title title of the invention or design
 * @param fromHolders the patentees and shares before the transfer, adding up to {@code 100.00}
 * @param toHolders the patentees and shares from the transfer on, adding up to {@code 100.00}
 * @param transferredOn the day the transfer took effect: the announcement of its registration (登记公告日)
 */
public record PatentTransferredV2(
        String applicationNumber,
        PatentType patentType,
        String title,
        List<PatentHolderShare> fromHolders,
        List<PatentHolderShare> toHolders,
        LocalDate transferredOn) implements PatentEvent {

    public static final String TYPE = "keji.ip.patent.transferred.v2";

    /** @throws IllegalArgumentException if a holder set is not a whole (see {@link PatentHolderShare#requireWhole}) */
    public PatentTransferredV2 {
        fromHolders = PatentHolderShare.requireWhole(fromHolders);
        toHolders = PatentHolderShare.requireWhole(toHolders);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}

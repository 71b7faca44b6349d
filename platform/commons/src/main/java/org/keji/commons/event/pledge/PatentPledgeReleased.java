package org.keji.commons.event.pledge;

import java.time.LocalDate;
import java.util.UUID;

/**
 * ip-service released a registered patent pledge (质押登记注销): the patents are free to be pledged again. Published by
 * ip-service on {@code keji.ip.v1}, key = {@code requestId}, in answer to {@link PatentPledgeReleaseRequested} or for a
 * release an officer recorded through the API. finance-service closes the loan's collateral.
 *
 * @param requestId the saga's id, the one the pledge was registered for
 * @param registrationNumber the released pledge's registration number
 * @param releasedOn the day the release was registered (注销日), the first day the patents are no longer pledged
 */
public record PatentPledgeReleased(
        UUID requestId,
        String registrationNumber,
        LocalDate releasedOn) implements PledgeSagaEvent {

    public static final String TYPE = "keji.ip.patent-pledge.released.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}

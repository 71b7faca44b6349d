package org.keji.commons.event.pledge;

import java.util.UUID;

/**
 * finance-service asks for a registered pledge to be released (质押登记注销申请), when the loan is settled or written off.
 * Published by finance-service on {@code keji.finance.v1}, key = {@code requestId}. ip-service releases the pledge and
 * answers {@link PatentPledgeReleased}; a request for a pledge already released is answered once.
 *
 * @param requestId the saga's id, the one of the {@link PatentPledgeRequested} that the pledge was registered for
 * @param registrationNumber the pledge's registration number from {@link PatentPledgeRegistered}
 * @param reason why the pledge is released
 */
public record PatentPledgeReleaseRequested(
        UUID requestId,
        String registrationNumber,
        PledgeReleaseReason reason) implements PledgeSagaEvent {

    public static final String TYPE = "keji.finance.patent-pledge.release-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}

package org.keji.commons.event.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * ip-service refused to register a patent pledge (不予登记). Published by ip-service on {@code keji.ip.v1}, key =
 * {@code requestId}. finance-service stops the loan's pledge step and tells the bank why; nothing was pledged, not
 * even the patents that passed.
 *
 * @param requestId the saga's id, the one of the {@link PatentPledgeRequested} answered
 * @param refusedOn the day the refusal was decided
 * @param grounds every ground that applied, for every patent, not just the first found, so the pledgor can cure all
 *        at once (最多跑一次); at least one
 */
public record PatentPledgeRefused(
        UUID requestId,
        LocalDate refusedOn,
        List<PledgeRefusal> grounds) implements PledgeSagaEvent {

    public static final String TYPE = "keji.ip.patent-pledge.refused.v1";

    /** @throws IllegalArgumentException if no ground is given: a refusal always says why */
    public PatentPledgeRefused {
        if (grounds == null || grounds.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one ground");
        }
        grounds = List.copyOf(grounds);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}

package org.keji.commons.event.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.money.Money;

/**
 * finance-service asks for a patent pledge to be registered for a loan (专利权质押登记申请). Published by finance-service
 * on {@code keji.finance.v1}, key = {@code requestId}. ip-service opens a pledge-registration case (decided within 7
 * working days), checks each patent and answers {@link PatentPledgeRegistered} or {@link PatentPledgeRefused} with the
 * same request id; a redelivered request is answered once.
 *
 * @param requestId the saga's id, chosen by finance-service; the key of every event of this pledge on both topics
 * @param loanReference finance-service's reference of the loan the pledge secures (贷款编号), shown on the registration
 * @param pledgorUscc unified social credit code of the borrower who pledges (出质人); it must hold every patent
 * @param pledgee the bank that takes the pledge (质权人)
 * @param applicationNumbers the patents pledged, by canonical application number, at least one, each once
 * @param securedAmount the principal debt secured (被担保的主债权数额), yuan with two decimals, a JSON string
 * @param debtTermStart first day of the secured debt's term (债务履行期限起始日)
 * @param debtTermEnd last day of the secured debt's term; it may not reach beyond any pledged patent's term
 * @param coHolderConsents for co-owned patents, the written consent of every co-holder other than the pledgor; empty
 *        when every patent is held by the pledgor alone
 */
public record PatentPledgeRequested(
        UUID requestId,
        String loanReference,
        String pledgorUscc,
        Pledgee pledgee,
        List<String> applicationNumbers,
        Money securedAmount,
        LocalDate debtTermStart,
        LocalDate debtTermEnd,
        List<CoHolderConsent> coHolderConsents) implements PledgeSagaEvent {

    public static final String TYPE = "keji.finance.patent-pledge.requested.v1";

    public PatentPledgeRequested {
        applicationNumbers = applicationNumbers == null ? List.of() : List.copyOf(applicationNumbers);
        coHolderConsents = coHolderConsents == null ? List.of() : List.copyOf(coHolderConsents);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}

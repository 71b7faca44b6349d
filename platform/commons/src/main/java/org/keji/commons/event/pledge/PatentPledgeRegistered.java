package org.keji.commons.event.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.money.Money;

/**
 * ip-service registered a patent pledge (专利权质押登记): every patent passed every check. Published by ip-service on
 * {@code keji.ip.v1}, key = {@code requestId}; also for a pledge an officer registered through the API, whose request
 * id ip-service chose. finance-service goes on with the loan.
 *
 * @param requestId the saga's id, the one of the {@link PatentPledgeRequested} answered
 * @param registrationNumber the pledge's registration number (质押登记号), quoted by a later release request
 * @param registeredOn the day the pledge was registered (登记日), the day it takes effect
 * @param applicationNumbers the patents pledged, by canonical application number
 * @param securedAmount the principal debt secured, yuan with two decimals, a JSON string
 */
public record PatentPledgeRegistered(
        UUID requestId,
        String registrationNumber,
        LocalDate registeredOn,
        List<String> applicationNumbers,
        Money securedAmount) implements PledgeSagaEvent {

    public static final String TYPE = "keji.ip.patent-pledge.registered.v1";

    public PatentPledgeRegistered {
        applicationNumbers = applicationNumbers == null ? List.of() : List.copyOf(applicationNumbers);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}

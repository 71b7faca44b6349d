package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * A project was approved (立项) with a grant reserved in its call's budget, proposed by one officer and confirmed by
 * another; the case of the application closes. Topic {@code keji.project.v1}, key = the case's tracking number.
 *
 * @param applicationId id of the application (the project) in project-service
 * @param trackingNumber tracking number of the case (办件编号, prefix {@code PRJ})
 * @param matterCode matter code of the call (事项编码)
 * @param uscc unified social credit code of the undertaker (承担单位)
 * @param callId id of the call the grant is reserved in
 * @param region GB/T 2260 code of the undertaker's region
 * @param grantAmount the grant in yuan, two decimals (a JSON string), at most the call's maximum grant
 * @param proposedBy the officer that proposed the grant (maker)
 * @param confirmedBy the officer that confirmed it (checker), never the maker
 * @param approvedOn the business day of the approval (Asia/Shanghai)
 */
public record ProjectGrantApproved(
        String applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String callId,
        String region,
        Money grantAmount,
        String proposedBy,
        String confirmedBy,
        LocalDate approvedOn) implements DomainEvent {

    public static final String TYPE = "keji.project.grant.approved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.event.DomainEvent;

/**
 * A technology contract was refused registration (不予登记), e.g. because it is not a technology contract. Topic
 * {@code keji.ip.v1}, key = the case's tracking number.
 *
 * @param contractId id of the contract registration in ip-service
 * @param trackingNumber tracking number of the case (办件编号)
 * @param matterCode matter code of the catalogue (事项编码)
 * @param sellerUscc unified social credit code of the seller / provider that applied
 * @param contractType {@code DEVELOPMENT}, {@code TRANSFER}, {@code LICENCE}, {@code CONSULTING} or {@code SERVICE}
 * @param region GB/T 2260 code of the registering region
 * @param reasons every reason of the refusal, as the applicant sees them
 * @param refusedOn the day of the decision
 */
public record TechnologyContractRefused(
        String contractId,
        String trackingNumber,
        String matterCode,
        String sellerUscc,
        String contractType,
        String region,
        List<String> reasons,
        LocalDate refusedOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.technology-contract.refused.v1";

    public TechnologyContractRefused {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

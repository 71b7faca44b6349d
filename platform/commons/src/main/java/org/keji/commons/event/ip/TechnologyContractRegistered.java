package org.keji.commons.event.ip;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * A technology contract was registered (技术合同认定登记): the bureau found it a technology contract, gave it a
 * registration number and approved its transaction amount (认定技术交易额). Topic {@code keji.ip.v1}, key = the case's
 * tracking number.
 *
 * @param contractId id of the contract registration in ip-service
 * @param trackingNumber tracking number of the case (办件编号), e.g. {@code IP-20261123-00000042}
 * @param matterCode matter code of the catalogue (事项编码)
 * @param sellerUscc unified social credit code of the seller / provider that applied (卖方)
 * @param contractType {@code DEVELOPMENT}, {@code TRANSFER}, {@code LICENCE}, {@code CONSULTING} or {@code SERVICE}
 * @param region GB/T 2260 code of the registering region
 * @param registrationNumber the registration number (登记编号): year (4), region (6), type digit, 7-digit sequence
 * @param contractAmount the contract amount in yuan, two decimals (a JSON string)
 * @param registeredAmount the registered transaction amount in yuan, two decimals, at most the contract amount
 * @param registeredOn the day of registration
 */
public record TechnologyContractRegistered(
        String contractId,
        String trackingNumber,
        String matterCode,
        String sellerUscc,
        String contractType,
        String region,
        String registrationNumber,
        Money contractAmount,
        Money registeredAmount,
        LocalDate registeredOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.technology-contract.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

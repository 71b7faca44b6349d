package org.keji.commons.event.ip;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * A patent subsidy or grant-reward application was approved (审核通过) by an officer; the payment, by another officer,
 * follows. Topic {@code keji.ip.v1}, key = the case's tracking number.
 *
 * @param applicationId id of the subsidy application in ip-service
 * @param trackingNumber tracking number of the case (办件编号), e.g. {@code IP-20260612-00000042}
 * @param matterCode matter code of the catalogue (事项编码), the policy's
 * @param policyId id of the subsidy policy applied under
 * @param policyYear the policy's year
 * @param applicantUscc unified social credit code of the applying holder
 * @param applicationNumber canonical application number of the patent (申请号)
 * @param patentType {@code INVENTION}, {@code UTILITY_MODEL}, {@code DESIGN}, {@code PCT_INVENTION} or
 *        {@code PCT_UTILITY_MODEL}
 * @param region GB/T 2260 code of the patent's region
 * @param approvedAmount the approved amount in yuan, two decimals (a JSON string), at most the policy's amount
 * @param approvedOn the day of approval
 */
public record PatentSubsidyApproved(
        String applicationId,
        String trackingNumber,
        String matterCode,
        String policyId,
        int policyYear,
        String applicantUscc,
        String applicationNumber,
        String patentType,
        String region,
        Money approvedAmount,
        LocalDate approvedOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.patent-subsidy.approved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

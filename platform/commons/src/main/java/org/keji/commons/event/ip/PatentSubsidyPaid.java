package org.keji.commons.event.ip;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * An approved patent subsidy or grant reward was paid (已拨付), recorded by an officer other than the approver; the case
 * closes. Topic {@code keji.ip.v1}, key = the case's tracking number.
 *
 * @param applicationId id of the subsidy application in ip-service
 * @param trackingNumber tracking number of the case (办件编号)
 * @param matterCode matter code of the catalogue (事项编码), the policy's
 * @param policyId id of the subsidy policy applied under
 * @param policyYear the policy's year
 * @param applicantUscc unified social credit code of the holder paid
 * @param applicationNumber canonical application number of the patent (申请号)
 * @param patentType the patent's type, as in {@link PatentSubsidyApproved}
 * @param region GB/T 2260 code of the patent's region
 * @param paidAmount the amount paid in yuan, two decimals (a JSON string), equal to the approved amount
 * @param paidOn the day the money was paid
 * @param voucherNumber the payment voucher number (记账凭证号)
 */
public record PatentSubsidyPaid(
        String applicationId,
        String trackingNumber,
        String matterCode,
        String policyId,
        int policyYear,
        String applicantUscc,
        String applicationNumber,
        String patentType,
        String region,
        Money paidAmount,
        LocalDate paidOn,
        String voucherNumber) implements DomainEvent {

    public static final String TYPE = "keji.ip.patent-subsidy.paid.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

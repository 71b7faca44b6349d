package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.event.DomainEvent;

/**
 * A patent subsidy or grant-reward application was refused (不予资助) with every reason; the case closes and the patent
 * may be applied for again under the policy. Topic {@code keji.ip.v1}, key = the case's tracking number.
 *
 * @param applicationId id of the subsidy application in ip-service
 * @param trackingNumber tracking number of the case (办件编号)
 * @param matterCode matter code of the catalogue (事项编码), the policy's
 * @param policyId id of the subsidy policy applied under
 * @param applicantUscc unified social credit code of the applying holder
 * @param applicationNumber canonical application number of the patent (申请号)
 * @param region GB/T 2260 code of the patent's region
 * @param reasons every reason the applicant sees
 * @param refusedOn the day of refusal
 */
public record PatentSubsidyRefused(
        String applicationId,
        String trackingNumber,
        String matterCode,
        String policyId,
        String applicantUscc,
        String applicationNumber,
        String region,
        List<String> reasons,
        LocalDate refusedOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.patent-subsidy.refused.v1";

    public PatentSubsidyRefused {
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

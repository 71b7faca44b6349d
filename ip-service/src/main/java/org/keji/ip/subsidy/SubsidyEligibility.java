package org.keji.ip.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.Problem;
import org.keji.ip.patent.Patent;
import org.keji.ip.patent.PatentStatus;
import org.keji.ip.policy.EligibleStatus;
import org.keji.ip.policy.SubsidyPolicy;
import org.keji.ip.policy.SubsidyPolicyStatus;

/**
 * The conditions an application must meet under its policy, all checked at once so a refusal names every failed one:
 * the policy is open and today lies in its window, the applicant is a current holder, the patent's status (on today)
 * reaches the policy's eligible status, its region lies within the policy's, and the policy has an amount for its
 * type.
 */
final class SubsidyEligibility {

    /** One failed condition: its stable code and the request field it concerns. */
    record Failure(String code, String field, String value) {
    }

    private SubsidyEligibility() {
    }

    static List<Failure> failures(SubsidyPolicy policy, Patent patent, Collection<String> holders, String applicant,
            LocalDate today) {
        List<Failure> failed = new ArrayList<>();
        String policyId = policy.id().toString();
        if (policy.status() != SubsidyPolicyStatus.OPEN) {
            failed.add(new Failure("POLICY_NOT_OPEN", "policyId", policyId));
        }
        if (today.isBefore(policy.applicationFrom()) || today.isAfter(policy.applicationTo())) {
            failed.add(new Failure("OUTSIDE_APPLICATION_WINDOW", "policyId", policyId));
        }
        if (!holders.contains(applicant)) {
            failed.add(new Failure("APPLICANT_NOT_HOLDER", "applicantUscc", applicant));
        }
        PatentStatus status = patent.statusOn(today).status();
        if (policy.eligibleStatus() == EligibleStatus.GRANTED && status != PatentStatus.GRANTED) {
            failed.add(new Failure("PATENT_STATUS_NOT_ELIGIBLE", "patentId", status.name()));
        }
        if (!policy.appliesTo(patent.region())) {
            failed.add(new Failure("PATENT_REGION_NOT_COVERED", "patentId", patent.region()));
        }
        if (!policy.amounts().containsKey(patent.type())) {
            failed.add(new Failure("PATENT_TYPE_NOT_SUBSIDIZED", "patentId", patent.type().name()));
        }
        return failed;
    }

    /** 422 {@code SUBSIDY_NOT_ELIGIBLE}: the detail names every failed condition, each also a violation. */
    static final class NotEligibleException extends BusinessRuleException {

        private final List<Failure> failures;

        NotEligibleException(List<Failure> failures) {
            super("SUBSIDY_NOT_ELIGIBLE", String.join(", ", failures.stream().map(Failure::code).toList()));
            this.failures = List.copyOf(failures);
        }

        @Override
        public List<Problem.Violation> violations() {
            return failures.stream().map(f -> new Problem.Violation(f.field(), f.code(), f.value())).toList();
        }
    }
}

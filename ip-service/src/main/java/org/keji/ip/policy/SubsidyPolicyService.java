package org.keji.ip.policy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.security.RegionReach;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.ip.policy.dto.SubsidyPolicyRequest;
import org.keji.ip.policy.dto.SubsidyPolicyView;

/**
 * Subsidy and grant-reward policies. Who sees one: an admin or integration client every policy; an officer the
 * policies of regions within its reach and those of wider regions that apply to its own (a city officer sees its
 * province's and the national ones); an applicant the policies that apply to its enterprise's region (the USCC's
 * region digits, positions 3–8). Anything else answers 404. An officer writes only within its region (403
 * {@code REGION_OUT_OF_REACH}).
 */
@ApplicationScoped
public class SubsidyPolicyService {

    private final SubsidyPolicyRepository policies;
    private final Caller caller;
    private final Clock clock;

    public SubsidyPolicyService(SubsidyPolicyRepository policies, Caller caller, Clock clock) {
        this.policies = policies;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public SubsidyPolicyView create(SubsidyPolicyRequest request) {
        caller.requireRegion(request.region());
        SubsidyPolicy.Terms terms = terms(request);
        SubsidyPolicy policy = SubsidyPolicy.create(request.code(), terms, caller.name(), OffsetDateTime.now(clock));
        UniqueInserts.insert(() -> {
            policies.persist(policy);
            policies.flush();
        }, "patent_subsidy_policy_code", () -> new ConflictException("SUBSIDY_POLICY_CODE_TAKEN", request.code()));
        return SubsidyPolicyView.of(policy);
    }

    /**
     * Replaces the terms of an open policy that no application was made under yet: applications reserved amounts
     * against its caps and budget as they stood ({@code 409 SUBSIDY_POLICY_IN_USE} once used; closing stays possible).
     */
    @Transactional
    public SubsidyPolicyView update(UUID id, String ifMatch, SubsidyPolicyRequest request) {
        SubsidyPolicy policy = visible(id);
        caller.requireRegion(policy.region());
        caller.requireRegion(request.region());
        EntityVersions.checkEither(ifMatch, request.version(), policy.version());
        if (!policy.code().equals(request.code())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "code", "a policy's code is fixed: "
                    + policy.code(), request.code());
        }
        if (policies.used(id)) {
            throw new ConflictException("SUBSIDY_POLICY_IN_USE", policy.code());
        }
        policy.update(terms(request), OffsetDateTime.now(clock));
        policies.flush();
        return SubsidyPolicyView.of(policy);
    }

    @Transactional
    public SubsidyPolicyView close(UUID id, String ifMatch) {
        SubsidyPolicy policy = visible(id);
        caller.requireRegion(policy.region());
        EntityVersions.checkIfMatch(ifMatch, policy.version());
        policy.close(OffsetDateTime.now(clock));
        policies.flush();
        return SubsidyPolicyView.of(policy);
    }

    public SubsidyPolicyView get(UUID id) {
        return SubsidyPolicyView.of(visible(id));
    }

    public Page<SubsidyPolicyView> search(SubsidyPolicyFilter filter, PageQuery query) {
        Optional<RegionReach> officer = caller.officerRegions();
        if (officer.isPresent() && !officer.get().everywhere()) {
            String prefix = officer.get().prefix();
            return policies.search(filter, prefix, prefix, query).map(SubsidyPolicyView::of);
        }
        if (caller.is(Roles.APPLICANT) && !caller.is(Roles.ADMIN)) {
            return policies.search(filter, null, applicantArea(), query).map(SubsidyPolicyView::of);
        }
        return policies.search(filter, null, null, query).map(SubsidyPolicyView::of);
    }

    private SubsidyPolicy visible(UUID id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("SUBSIDY_POLICY_NOT_FOUND", id);
        SubsidyPolicy policy = policies.findByIdOptional(id).orElseThrow(notFound);
        if (!sees(policy)) {
            throw notFound.get();
        }
        return policy;
    }

    private boolean sees(SubsidyPolicy policy) {
        Optional<RegionReach> officer = caller.officerRegions();
        if (officer.isPresent()) {
            return officer.get().includes(policy.region()) || policy.appliesTo(officer.get().prefix());
        }
        if (caller.is(Roles.ADMIN) || caller.is(Roles.INTEGRATION)) {
            return true;
        }
        return caller.is(Roles.APPLICANT) && policy.appliesTo(applicantArea());
    }

    /**
     * The applicant's region as its USCC codes it (positions 3–8), since ip-service holds no enterprise registry; a code
     * without one reaches only national policies.
     */
    private String applicantArea() {
        return caller.uscc().filter(uscc -> uscc.length() == 18).map(uscc -> uscc.substring(2, 8))
                .filter(region -> region.matches("\\d{6}")).orElse("-");
    }

    private static SubsidyPolicy.Terms terms(SubsidyPolicyRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (Map.Entry<PatentType, Money> amount : request.amounts().entrySet()) {
            if (amount.getValue().amount().signum() <= 0) {
                violations.add(new Problem.Violation("amounts." + amount.getKey(), "must be more than zero",
                        amount.getValue().toString()));
            }
        }
        positive(violations, "capAmount", request.capAmount());
        positive(violations, "budget", request.budget());
        if (!request.kind().admits(request.eligibleStatus())) {
            violations.add(new Problem.Violation("eligibleStatus", "a " + request.kind() + " needs GRANTED",
                    request.eligibleStatus().name()));
        }
        if (request.applicationTo().isBefore(request.applicationFrom())) {
            violations.add(new Problem.Violation("applicationTo", "must not be before applicationFrom",
                    request.applicationTo().toString()));
        }
        if (request.legalWorkingDays() < request.promisedWorkingDays()) {
            violations.add(new Problem.Violation("legalWorkingDays",
                    "must not be shorter than promisedWorkingDays (" + request.promisedWorkingDays() + ")",
                    request.legalWorkingDays().toString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("SUBSIDY_POLICY_INVALID", violations);
        }
        return new SubsidyPolicy.Terms(request.name().strip(), request.year(), request.region(), request.kind(),
                request.amounts(), request.capAmount(), request.capCount(), request.eligibleStatus(),
                request.applicationFrom(), request.applicationTo(), request.matterCode(), request.promisedWorkingDays(),
                request.legalWorkingDays(), request.budget());
    }

    private static void positive(List<Problem.Violation> violations, String field, Money amount) {
        if (amount != null && amount.amount().signum() <= 0) {
            violations.add(new Problem.Violation(field, "must be more than zero", amount.toString()));
        }
    }
}

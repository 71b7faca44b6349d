package org.keji.project.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.cases.CaseLimits;
import org.keji.commons.money.Money;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.time.ClockProducer;
import org.keji.commons.web.EntityVersions;
import org.keji.commons.web.JsonColumns;
import org.keji.project.call.dto.CallEligibilityView;
import org.keji.project.call.dto.CallRequest;
import org.keji.project.call.dto.CallView;
import org.keji.project.call.dto.RequiredMaterial;
import org.keji.project.eligibility.CallEligibility;
import org.keji.project.eligibility.EligibilityFailure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls for proposals. Every authenticated role but a bank reads and searches every call (applicants need them); an
 * officer creates and changes the calls of its region only (another region's call answers 404 to a change, a call
 * moved or created outside its region 403 {@code REGION_OUT_OF_REACH}); an admin and an integration client with
 * {@code project:write} every call.
 * <p>
 * What may change when: before the call opens, every term but the code; once open, the closing time may only move
 * later (an extension) and the budget may change; once closed, only the budget. The budget never falls below what was
 * already granted (the ledger, read under the row lock that the ledger's own updates wait for).
 */
@ApplicationScoped
public class CallService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<RequiredMaterial>> MATERIALS = new TypeReference<>() {
    };

    /** The plan years a call may have, as {@code CallRequest.year} bounds them. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final CallRepository calls;
    private final CallEligibility eligibility;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public CallService(CallRepository calls, CallEligibility eligibility, Caller caller, Clock clock, ObjectMapper json) {
        this.calls = calls;
        this.eligibility = eligibility;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public CallView create(CallRequest request) {
        caller.requireRegion(request.region());
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProjectCall call = ProjectCall.create(request.code(), terms(request), caller.name(), now);
        insertOrUpdate(() -> calls.persist(call), request);
        return view(call, now);
    }

    @Transactional
    public CallView update(UUID id, String ifMatch, CallRequest request) {
        ProjectCall call = calls.lock(id).orElseThrow(notFound(id));
        if (caller.officerRegions().filter(reach -> !reach.includes(call.region())).isPresent()) {
            throw notFound(id).get();
        }
        caller.requireRegion(request.region());
        EntityVersions.checkEither(ifMatch, request.version(), call.version());
        if (!call.code().equals(request.code())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "code", "a call's code is fixed: " + call.code(),
                    request.code());
        }
        ProjectCall.Terms terms = terms(request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CallStatus status = call.statusAt(now);
        if (status != CallStatus.UPCOMING) {
            List<String> changed = fixedTermsChanged(call.terms(), terms, status);
            if (!changed.isEmpty()) {
                throw new ConflictException("CALL_TERMS_FIXED", call.code(), status, String.join(", ", changed));
            }
        }
        if (terms.totalBudget().compareTo(call.approvedAmount()) < 0) {
            throw new ConflictException("CALL_BUDGET_BELOW_APPROVED", call.code(),
                    Money.of(call.approvedAmount()).toString());
        }
        call.update(terms, now);
        insertOrUpdate(() -> {
        }, request);
        return view(call, now);
    }

    public CallView get(UUID id) {
        return view(calls.findByIdOptional(id).orElseThrow(notFound(id)), OffsetDateTime.now(clock));
    }

    public Page<CallView> search(CallFilter filter, PageQuery query) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return calls.search(filter, now, query).map(call -> view(call, now));
    }

    /** Whether {@code uscc} meets the call's conditions today; an applicant asks for its own enterprise only. */
    public CallEligibilityView eligibility(UUID id, String uscc) {
        ProjectCall call = calls.findByIdOptional(id).orElseThrow(notFound(id));
        caller.requireEnterprise(uscc, () -> new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", uscc));
        LocalDate today = LocalDate.now(clock);
        List<EligibilityFailure> failures = eligibility.failures(call, uscc, today);
        return new CallEligibilityView(call.id(), uscc, today, failures.isEmpty(), failures);
    }

    /** The database checks uniqueness: the statements run here, not at commit. */
    private void insertOrUpdate(Runnable change, CallRequest request) {
        UniqueInserts.insert(() -> UniqueInserts.insert(() -> {
            change.run();
            calls.flush();
        }, "project_call_code_unique", () -> new ConflictException("CALL_CODE_TAKEN", request.code())),
                "project_call_batch_unique", () -> new ConflictException("CALL_BATCH_TAKEN", request.year(),
                        request.region(), request.level(), request.category(), request.batch()));
    }

    /** The terms that may not change in {@code status}, named, that {@code wanted} changes. */
    private List<String> fixedTermsChanged(ProjectCall.Terms current, ProjectCall.Terms wanted, CallStatus status) {
        List<String> changed = new ArrayList<>();
        differs(changed, "title", current.title(), wanted.title());
        differs(changed, "description", current.description(), wanted.description());
        differs(changed, "level", current.level(), wanted.level());
        differs(changed, "category", current.category(), wanted.category());
        differs(changed, "year", current.year(), wanted.year());
        differs(changed, "batch", current.batch(), wanted.batch());
        differs(changed, "region", current.region(), wanted.region());
        if (!current.opensAt().isEqual(wanted.opensAt())) {
            changed.add("opensAt");
        }
        boolean extended = wanted.closesAt().isAfter(current.closesAt());
        if (!current.closesAt().isEqual(wanted.closesAt()) && (status == CallStatus.CLOSED || !extended)) {
            changed.add("closesAt");
        }
        if (current.maxGrant().compareTo(wanted.maxGrant()) != 0) {
            changed.add("maxGrant");
        }
        differs(changed, "expertsPerApplication", current.expertsPerApplication(), wanted.expertsPerApplication());
        differs(changed, "requiredCertifications", tree(current.requiredCertificationsJson()),
                tree(wanted.requiredCertificationsJson()));
        differs(changed, "eligibleRegions", tree(current.eligibleRegionsJson()), tree(wanted.eligibleRegionsJson()));
        differs(changed, "minRegistrationMonths", current.minRegistrationMonths(), wanted.minRegistrationMonths());
        differs(changed, "refuseViolations", current.refuseViolations(), wanted.refuseViolations());
        differs(changed, "requiredMaterials", tree(current.requiredMaterialsJson()), tree(wanted.requiredMaterialsJson()));
        differs(changed, "matterCode", current.matterCode(), wanted.matterCode());
        differs(changed, "promisedWorkingDays", current.limits().promisedWorkingDays(),
                wanted.limits().promisedWorkingDays());
        differs(changed, "legalWorkingDays", current.limits().legalWorkingDays(), wanted.limits().legalWorkingDays());
        return changed;
    }

    private static void differs(List<String> changed, String field, Object current, Object wanted) {
        if (!Objects.equals(current, wanted)) {
            changed.add(field);
        }
    }

    /** The terms of a request, checked as a whole: 400 {@code CALL_INVALID} naming each inconsistent field. */
    private ProjectCall.Terms terms(CallRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            violations.add(new Problem.Violation("closesAt", "must be after opensAt (" + request.opensAt() + ")",
                    request.closesAt().toString()));
        }
        within(violations, "opensAt", request.opensAt());
        within(violations, "closesAt", request.closesAt());
        positive(violations, "totalBudget", request.totalBudget());
        positive(violations, "maxGrant", request.maxGrant());
        if (request.maxGrant().compareTo(request.totalBudget()) > 0) {
            violations.add(new Problem.Violation("maxGrant",
                    "must not be more than totalBudget (" + request.totalBudget() + ")", request.maxGrant().toString()));
        }
        if (request.legalWorkingDays() < request.promisedWorkingDays()) {
            violations.add(new Problem.Violation("legalWorkingDays",
                    "must not be shorter than promisedWorkingDays (" + request.promisedWorkingDays() + ")",
                    request.legalWorkingDays().toString()));
        }
        List<RequiredMaterial> materials = request.requiredMaterials() == null ? List.of() : request.requiredMaterials();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            if (!kinds.add(materials.get(i).kind())) {
                violations.add(new Problem.Violation("requiredMaterials.kind[" + i + "]", "is listed twice",
                        materials.get(i).kind()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("CALL_INVALID", violations);
        }
        return new ProjectCall.Terms(request.title().strip(), request.description(), request.level(),
                request.category(), request.year(), request.batch(), request.region(), bureauTime(request.opensAt()),
                bureauTime(request.closesAt()), request.totalBudget().amount(), request.maxGrant().amount(),
                request.expertsPerApplication(), JsonColumns.write(json, distinct(request.requiredCertifications())),
                JsonColumns.write(json, distinct(request.eligibleRegions())), request.minRegistrationMonths(),
                request.refuseViolations() == null || request.refuseViolations(), JsonColumns.write(json, materials),
                request.matterCode(), new CaseLimits(request.promisedWorkingDays(), request.legalWorkingDays()));
    }

    /**
     * The instant as the bureau's clock shows it: the answer to a create or a change then shows the window as every
     * later read does (read back from the database in Asia/Shanghai), not in the offset the body happened to use.
     */
    private static OffsetDateTime bureauTime(OffsetDateTime at) {
        return at.atZoneSameInstant(ClockProducer.ZONE).toOffsetDateTime();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    /**
     * A window in the plan years a call may have ({@code year}, 2000–2100): a year such as +99999 is a typing mistake,
     * and a client's date parser (JavaScript's among them) cannot even read it back.
     */
    private static void within(List<Problem.Violation> violations, String field, OffsetDateTime at) {
        int year = bureauTime(at).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new Problem.Violation(field, "must fall in the years " + FIRST_YEAR + " to " + LAST_YEAR,
                    at.toString()));
        }
    }

    private static void positive(List<Problem.Violation> violations, String field, Money amount) {
        if (amount.amount().signum() <= 0) {
            violations.add(new Problem.Violation(field, "must be more than zero", amount.toString()));
        }
    }

    private CallView view(ProjectCall call, OffsetDateTime now) {
        Money total = Money.of(call.totalBudget());
        Money approved = Money.of(call.approvedAmount());
        return new CallView(call.id(), call.code(), call.title(), call.description(), call.level(), call.category(),
                call.year(), call.batch(), call.region(), call.opensAt(), call.closesAt(), call.statusAt(now), total,
                approved, total.minus(approved), Money.of(call.maxGrant()), call.expertsPerApplication(),
                JsonColumns.read(json, call.requiredCertificationsJson(), STRINGS),
                JsonColumns.read(json, call.eligibleRegionsJson(), STRINGS),
                call.minRegistrationMonths(), call.refuseViolations(),
                JsonColumns.read(json, call.requiredMaterialsJson(), MATERIALS),
                call.matterCode(), call.limits().promisedWorkingDays(), call.limits().legalWorkingDays(),
                call.createdBy(), call.createdAt(), call.updatedAt(), call.version());
    }

    private JsonNode tree(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a call column is not JSON: " + value, e);
        }
    }

    private static Supplier<NotFoundException> notFound(UUID id) {
        return () -> new NotFoundException("CALL_NOT_FOUND", id);
    }
}

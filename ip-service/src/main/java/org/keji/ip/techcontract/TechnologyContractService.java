package org.keji.ip.techcontract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.ip.TechnologyContractRefused;
import org.keji.commons.event.ip.TechnologyContractRegistered;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.material.MaterialSummary;
import org.keji.commons.money.Money;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.commons.web.JsonColumns;
import org.keji.ip.techcontract.dto.ContractCorrectionRequest;
import org.keji.ip.techcontract.dto.ContractMaterialReference;
import org.keji.ip.techcontract.dto.ContractMaterialView;
import org.keji.ip.techcontract.dto.ContractParty;
import org.keji.ip.techcontract.dto.ContractResubmitRequest;
import org.keji.ip.techcontract.dto.RefuseContractRequest;
import org.keji.ip.techcontract.dto.RegisterContractRequest;
import org.keji.ip.techcontract.dto.SubmitTechnologyContractRequest;
import org.keji.ip.techcontract.dto.TechnologyContractView;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Technology-contract registrations from submission to registration or refusal (技术合同认定登记). Each action checks
 * the caller's reach (an applicant its own contracts, an officer those of its region; others 404), the state of the case
 * (409 with the allowed actions), changes it and publishes the case event, and on a decision the domain event, in the
 * same transaction. Actions on one case are serialized on its row.
 */
@ApplicationScoped
public class TechnologyContractService implements CaseRecounter {

    private static final TypeReference<List<ContractMaterialReference>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final TechnologyContractRepository contracts;
    private final TrackingNumberGenerator trackingNumbers;
    private final Outbox outbox;
    private final CaseEvents caseEvents;
    private final MaterialReferences materialReferences;
    private final WorkingCalendars calendars;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public TechnologyContractService(TechnologyContractRepository contracts, TrackingNumberGenerator trackingNumbers,
            Outbox outbox, CaseEvents caseEvents, MaterialReferences materialReferences, WorkingCalendars calendars,
            Caller caller, Clock clock, ObjectMapper json) {
        this.contracts = contracts;
        this.trackingNumbers = trackingNumbers;
        this.outbox = outbox;
        this.caseEvents = caseEvents;
        this.materialReferences = materialReferences;
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Opens a case: a tracking number and the matter's promised and legal dates in working days from today. The seller
     * applies for itself; an officer files only within its region.
     */
    @Transactional
    public TechnologyContractView submit(SubmitTechnologyContractRequest request) {
        String seller = request.sellerUscc();
        if (caller.is(Roles.APPLICANT) && !seller.equals(caller.uscc().orElse(null))) {
            throw new NotFoundException("ENTERPRISE_NOT_FOUND", seller);
        }
        String region = request.region() != null ? request.region() : regionOf(seller);
        caller.requireRegion(region);
        requireConsistent(request);
        materialReferences.require(seller, request.materials().stream().map(ContractMaterialReference::materialId)
                .toList());
        ContractMatter matter = contracts.getEntityManager().find(ContractMatter.class, ContractMatter.REGISTRATION);
        ContractParty buyer = request.buyer();
        ContractParty intermediary = request.intermediary();
        TechnologyContract.Terms terms = new TechnologyContract.Terms(request.type(), request.developmentKind(),
                request.title().strip(), seller, request.sellerName().strip(), buyer.name().strip(), buyer.uscc(),
                buyer.region(), intermediary == null ? null : intermediary.name().strip(),
                intermediary == null ? null : intermediary.uscc(), request.signedOn(), request.termFrom(),
                request.termTo(), request.contractAmount(), request.declaredTransactionAmount(), region);
        TechnologyContract contract = TechnologyContract.submit(trackingNumbers.next(TrackingPrefix.IP), matter, terms,
                JsonColumns.write(json, request.materials()), LocalDate.now(clock), calendar(), caller.name(),
                OffsetDateTime.now(clock));
        contracts.persist(contract);
        caseEvents.opened(contract.reference(), contract.clock(), contract.status().name());
        return view(contract, false);
    }

    @Transactional
    public TechnologyContractView requestCorrection(UUID id, ContractCorrectionRequest request) {
        TechnologyContract contract = load(id, true);
        ContractStatus previous = contract.status();
        contract.requestCorrection(JsonColumns.write(json, request.missingMaterials().stream().map(String::strip).toList()),
                LocalDate.now(clock), OffsetDateTime.now(clock));
        caseEvents.paused(contract.reference(), contract.clock(), contract.status().name(), previous.name());
        return view(contract, false);
    }

    @Transactional
    public TechnologyContractView resubmit(UUID id, ContractResubmitRequest request) {
        TechnologyContract contract = load(id, true);
        ContractStatus previous = contract.status();
        // the state first, so an action the state does not allow answers 409 whatever it carries
        contract.requireResubmittable();
        materialReferences.require(contract.sellerUscc(),
                request.materials().stream().map(ContractMaterialReference::materialId).toList());
        contract.resubmit(JsonColumns.write(json, request.materials()), LocalDate.now(clock), calendar(),
                OffsetDateTime.now(clock));
        caseEvents.resumed(contract.reference(), contract.clock(), contract.status().name(), previous.name());
        return view(contract, false);
    }

    /**
     * Registers the contract under the next registration number with the approved transaction amount, which with the
     * deducted costs is at most the contract amount; costs are deducted only for development, transfer and licence.
     */
    @Transactional
    public TechnologyContractView register(UUID id, RegisterContractRequest request) {
        TechnologyContract contract = load(id, true);
        contract.requireRegistrable();
        Money registered = request.registeredAmount();
        Money deducted = request.deductedCosts();
        if (registered.isNegative()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "registeredAmount", "must be zero or more",
                    registered.toString());
        }
        if (deducted != null && deducted.isNegative()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "deductedCosts", "must be zero or more",
                    deducted.toString());
        }
        if (deducted != null && !deducted.isZero() && !contract.contractType().deductsCosts()) {
            throw new BusinessRuleException("COST_DEDUCTION_NOT_APPLICABLE", contract.contractType());
        }
        Money total = deducted == null ? registered : registered.plus(deducted);
        if (total.compareTo(contract.contractAmount()) > 0) {
            throw new BusinessRuleException("REGISTERED_AMOUNT_EXCEEDS_CONTRACT", registered,
                    deducted == null ? Money.ZERO : deducted, contract.contractAmount());
        }
        LocalDate today = LocalDate.now(clock);
        String number = registrationNumber(today.getYear(), contract.region(), contract.contractType(),
                contracts.nextRegistrationSequence());
        contract.register(number, registered, deducted, today, calendar(), OffsetDateTime.now(clock));
        outbox.publish(new TechnologyContractRegistered(contract.id().toString(), contract.trackingNumber(),
                contract.matterCode(), contract.sellerUscc(), contract.contractType().name(), contract.region(),
                number, contract.contractAmount(), registered, today));
        caseEvents.closed(contract.reference(), contract.clock(), contract.status().name(),
                ContractStatus.SUBMITTED.name(), CaseOutcome.APPROVED);
        return view(contract, false);
    }

    @Transactional
    public TechnologyContractView refuse(UUID id, RefuseContractRequest request) {
        TechnologyContract contract = load(id, true);
        ContractStatus previous = contract.status();
        List<String> reasons = request.reasons().stream().map(String::strip).toList();
        LocalDate today = LocalDate.now(clock);
        contract.refuse(JsonColumns.write(json, reasons), today, calendar(), OffsetDateTime.now(clock));
        outbox.publish(new TechnologyContractRefused(contract.id().toString(), contract.trackingNumber(),
                contract.matterCode(), contract.sellerUscc(), contract.contractType().name(), contract.region(),
                reasons, today));
        caseEvents.closed(contract.reference(), contract.clock(), contract.status().name(), previous.name(),
                CaseOutcome.REFUSED);
        return view(contract, false);
    }

    /**
     * Counts the due dates of the open registrations whose dates are provisional again, once the calendar of
     * {@code year} is loaded, and publishes {@code keji.case.status-changed.v1} (same status, new dates) for each case
     * whose dates changed. Returns how many changed.
     */
    @Override
    @Transactional
    public int recomputeDueDates(int year) {
        return caseEvents.recounted(contracts.lockOpenWithProvisionalDueDates(year), calendar());
    }

    @Override
    public String recountedCases() {
        return "open technology-contract registrations";
    }

    public TechnologyContractView get(UUID id) {
        return view(load(id, false), true);
    }

    /** A page within the caller's reach: an applicant its own contracts, an officer its region's, others all. */
    public Page<TechnologyContractView> search(TechnologyContractRepository.Filter filter, PageQuery query) {
        TechnologyContractRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT)) {
            String own = caller.uscc().orElse("-");
            if (filter.sellerUscc() != null && !filter.sellerUscc().equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new TechnologyContractRepository.Filter(filter.type(), filter.status(), filter.regionPrefix(),
                    filter.year(), own);
        }
        return contracts.search(scoped, caller.officerRegions().orElse(null), query).map(c -> view(c, false));
    }

    /**
     * The registration number: year (4) + region (6) + type digit + the 7-digit sequence, 18 digits. The sequence is
     * never reset, so two registrations never share a number, whatever runs in parallel.
     */
    static String registrationNumber(int year, String region, ContractType type, long sequence) {
        return String.format("%04d%s%c%07d", year, region, type.digit(), sequence);
    }

    /** The region coded in the USCC (3rd to 8th characters), when those are digits. */
    private static String regionOf(String uscc) {
        String region = uscc.substring(2, 8);
        if (!region.chars().allMatch(Character::isDigit)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "region",
                    "required: the seller's code carries no region", null);
        }
        return region;
    }

    private static void requireConsistent(SubmitTechnologyContractRequest request) {
        if (request.contractAmount().isNegative() || request.contractAmount().isZero()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "contractAmount", "must be more than zero",
                    request.contractAmount().toString());
        }
        Money declared = request.declaredTransactionAmount();
        if (declared != null && (declared.isNegative() || declared.compareTo(request.contractAmount()) > 0)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "declaredTransactionAmount",
                    "must be from zero to the contract amount", declared.toString());
        }
        if (request.termTo().isBefore(request.termFrom())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "termTo", "must not be before termFrom",
                    request.termTo().toString());
        }
        if (request.developmentKind() != null && request.type() != ContractType.DEVELOPMENT) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "developmentKind",
                    "only a DEVELOPMENT contract has one", request.developmentKind().name());
        }
    }

    /** The contract if the caller may see it: bureau roles within their reach, an applicant its own. */
    private TechnologyContract load(UUID id, boolean lock) {
        TechnologyContract contract = (lock ? contracts.lock(id) : contracts.findByIdOptional(id))
                .orElseThrow(() -> notFound(id));
        caller.requireEnterprise(contract.sellerUscc(), contract.region(), () -> notFound(id));
        return contract;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("TECHNOLOGY_CONTRACT_NOT_FOUND", id);
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    /** The view; a single read adds each referenced document's metadata (one query). */
    private TechnologyContractView view(TechnologyContract c, boolean detailed) {
        List<ContractMaterialReference> references = JsonColumns.read(json, c.materialsJson(), MATERIALS);
        Map<UUID, MaterialSummary> found = detailed
                ? materialReferences.find(c.sellerUscc(),
                        references.stream().map(ContractMaterialReference::materialId).toList())
                : Map.of();
        List<ContractMaterialView> materials = references.stream().map(r -> {
            MaterialSummary m = found.get(r.materialId());
            return m == null ? new ContractMaterialView(r.name(), r.materialId(), null, null, null, null, null)
                    : new ContractMaterialView(r.name(), r.materialId(), m.kind(), m.title(), m.fileName(),
                            m.validUntil(), materialReferences.expired(m));
        }).toList();
        LocalDate today = LocalDate.now(clock);
        CaseClock k = c.clock();
        return new TechnologyContractView(c.id(), c.trackingNumber(), c.matterCode(), c.contractType(),
                c.developmentKind(), c.title(), c.sellerUscc(), c.sellerName(),
                new ContractParty(c.buyerName(), c.buyerUscc(), c.buyerRegion()),
                c.intermediaryName() == null ? null
                        : new ContractParty(c.intermediaryName(), c.intermediaryUscc(), null),
                c.signedOn(), c.termFrom(), c.termTo(), c.contractAmount(), c.declaredTransactionAmount(), c.region(),
                c.year(), c.status(), c.status().actions(), materials,
                c.missingMaterialsJson() == null ? null : JsonColumns.read(json, c.missingMaterialsJson(), TEXTS),
                c.registrationNumber(), c.registeredAmount(), c.deductedCosts(),
                c.refusalReasonsJson() == null ? null : JsonColumns.read(json, c.refusalReasonsJson(), TEXTS), k.submittedOn(),
                k.promisedDueOn(), k.promisedDueOnProvisional(), k.legalDueOn(), k.legalDueOnProvisional(),
                k.workingDaysLeft(today, calendar()), k.overdue(today), k.paused(), k.pausedWorkingDays(),
                k.closedOn(), c.submittedBy(), c.createdAt(), c.updatedAt(), c.version());
    }

}

package org.keji.ip.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.ip.DisputeAccepted;
import org.keji.commons.event.ip.DisputeClosed;
import org.keji.commons.event.ip.DisputeOpened;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.material.MaterialSummary;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.ProblemException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.commons.web.JsonColumns;
import org.keji.ip.dispute.dto.AgreementRequest;
import org.keji.ip.dispute.dto.DisputeView;
import org.keji.ip.dispute.dto.EvidenceView;
import org.keji.ip.dispute.dto.MediationSessionRequest;
import org.keji.ip.dispute.dto.MediationSessionView;
import org.keji.ip.dispute.dto.ReasonRequest;
import org.keji.ip.dispute.dto.RequestDisputeRequest;
import org.keji.ip.dispute.dto.RequesterInput;
import org.keji.ip.dispute.dto.RespondentInput;
import org.keji.ip.dispute.dto.RespondentView;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Patent dispute mediation and rights-protection assistance cases from the request to the close. Each action checks
 * the caller's reach (an officer its region, an applicant its own enterprise's cases: 404 otherwise), the state of
 * the case (409 with the allowed actions otherwise), changes it, and writes its case event and domain event to the
 * outbox in the same transaction. Actions on one case are serialized on its row.
 */
@ApplicationScoped
public class DisputeService implements CaseRecounter {

    private static final TypeReference<List<RespondentInput>> RESPONDENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private final DisputeRepository disputes;
    private final DisputeMatterRepository matters;
    private final MediationSessionRepository sessions;
    private final TrackingNumberGenerator trackingNumbers;
    private final MaterialReferences materials;
    private final WorkingCalendars calendars;
    private final CaseEvents caseEvents;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public DisputeService(DisputeRepository disputes, DisputeMatterRepository matters,
            MediationSessionRepository sessions, TrackingNumberGenerator trackingNumbers, MaterialReferences materials,
            WorkingCalendars calendars, CaseEvents caseEvents, Outbox outbox, Caller caller, Clock clock,
            ObjectMapper json) {
        this.disputes = disputes;
        this.matters = matters;
        this.sessions = sessions;
        this.trackingNumbers = trackingNumbers;
        this.materials = materials;
        this.calendars = calendars;
        this.caseEvents = caseEvents;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Opens a case: tracking number, the matter's limits, the decision due within its working days. An applicant
     * requests for its own enterprise only; a person's request is recorded by the bureau. Evidence must be materials of
     * the requesting enterprise.
     */
    @Transactional
    public DisputeView request(RequestDisputeRequest request) {
        RequesterInput requester = request.requester();
        String uscc = requester.type() == RequesterType.ENTERPRISE ? requester.uscc() : null;
        List<Problem.Violation> violations = new ArrayList<>();
        if (requester.type() == RequesterType.ENTERPRISE && uscc == null) {
            violations.add(new Problem.Violation("requester.uscc", "is required for an enterprise", null));
        }
        if (requester.type() == RequesterType.PERSON && !PersonalData.isResidentIdNumber(requester.idNumber())) {
            violations.add(new Problem.Violation("requester.idNumber",
                    "must be an 18-character resident ID number with the right check character",
                    PersonalData.maskIdNumber(requester.idNumber())));
        }
        String region = request.region() != null ? request.region() : uscc == null ? null : uscc.substring(2, 8);
        if (region == null || !region.matches("\\d{6}")) {
            violations.add(new Problem.Violation("region",
                    "is required when it cannot be read from the requesting enterprise's code", request.region()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        if (caller.is(Roles.APPLICANT) && !caller.is(Roles.OFFICER) && !caller.is(Roles.ADMIN)) {
            if (uscc == null) {
                throw new ProblemException(403, "DISPUTE_REQUESTER_NOT_OWN");
            }
            caller.requireEnterprise(uscc, region, () -> new NotFoundException("ENTERPRISE_NOT_FOUND", uscc));
        }
        caller.requireRegion(region);
        List<UUID> evidence = request.evidence() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.evidence()));
        if (!evidence.isEmpty()) {
            // a person has no wallet: any id is reported exactly like another enterprise's material
            materials.require(uscc == null ? "" : uscc, evidence);
        }
        Set<String> patents = new LinkedHashSet<>();
        request.patents().forEach(number -> patents.add(PatentApplicationNumber.normalize(number)));
        DisputeMatter matter = matters.findById(request.category());
        LocalDate today = LocalDate.now(clock);
        Dispute dispute = Dispute.request(trackingNumbers.next(TrackingPrefix.IP), matter,
                new Dispute.Request(request.category(), request.kind(), region, requester.type(), uscc,
                        requester.name().strip(), requester.type() == RequesterType.PERSON ? requester.idNumber() : null,
                        JsonColumns.write(json, request.respondents()), request.claimSummary().strip(),
                        JsonColumns.write(json, evidence)),
                today, calendar(), caller.name(), OffsetDateTime.now(clock));
        disputes.persist(dispute);
        disputes.addPatents(dispute.id(), patents);
        outbox.publish(new DisputeOpened(dispute.id(), dispute.trackingNumber(), dispute.matterCode(), uscc,
                dispute.category().name(), dispute.kind().name(), List.copyOf(patents), region, today));
        caseEvents.opened(dispute.reference(), dispute.clock(), dispute.status().name());
        return view(dispute, List.copyOf(patents), true);
    }

    @Transactional
    public DisputeView accept(UUID id) {
        Dispute dispute = load(id, true);
        DisputeStatus previous = dispute.status();
        dispute.accept(LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        List<String> patents = patents(dispute);
        outbox.publish(new DisputeAccepted(dispute.id(), dispute.trackingNumber(), dispute.category().name(),
                dispute.kind().name(), patents, dispute.region(), dispute.acceptedOn(), dispute.stepDueOn()));
        caseEvents.statusChanged(dispute.reference(), dispute.clock(), dispute.status().name(), previous.name());
        return view(dispute, patents, true);
    }

    @Transactional
    public DisputeView reject(UUID id, ReasonRequest request) {
        Dispute dispute = load(id, true);
        DisputeStatus previous = dispute.status();
        dispute.reject(request.reason().strip(), LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        return closed(dispute, previous, CaseOutcome.REFUSED);
    }

    @Transactional
    public DisputeView recordSession(UUID id, MediationSessionRequest request) {
        Dispute dispute = load(id, true);
        DisputeStatus previous = dispute.status();
        OffsetDateTime now = OffsetDateTime.now(clock);
        dispute.recordSession(now);
        if (request.heldOn().isBefore(dispute.acceptedOn())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "heldOn", "must not be before the acceptance on "
                    + dispute.acceptedOn(), request.heldOn());
        }
        sessions.persist(MediationSession.of(id, request.heldOn(), request.place().strip(), request.mediator().strip(),
                JsonColumns.write(json, request.attendees().stream().map(String::strip).toList()), request.summary().strip(),
                caller.name(), now));
        if (previous != dispute.status()) {
            caseEvents.statusChanged(dispute.reference(), dispute.clock(), dispute.status().name(), previous.name());
        }
        return view(dispute, patents(dispute), true);
    }

    /** The agreement reached; its signed text, if given, must be a material of the requesting enterprise. */
    @Transactional
    public DisputeView agree(UUID id, AgreementRequest request) {
        Dispute dispute = load(id, true);
        dispute.requireMediating("agreement");
        if (request.materialId() != null) {
            materials.require(dispute.requesterUscc() == null ? "" : dispute.requesterUscc(),
                    List.of(request.materialId()));
        }
        DisputeStatus previous = dispute.status();
        dispute.agree(request.materialId(), request.terms().strip(), LocalDate.now(clock), calendar(),
                OffsetDateTime.now(clock));
        caseEvents.statusChanged(dispute.reference(), dispute.clock(), dispute.status().name(), previous.name());
        return view(dispute, patents(dispute), true);
    }

    @Transactional
    public DisputeView fail(UUID id, ReasonRequest request) {
        Dispute dispute = load(id, true);
        DisputeStatus previous = dispute.status();
        dispute.fail(request.reason().strip(), LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        caseEvents.statusChanged(dispute.reference(), dispute.clock(), dispute.status().name(), previous.name());
        return view(dispute, patents(dispute), true);
    }

    /** 结案 after an agreement or a failed mediation: the case was handled, whatever came of the mediation. */
    @Transactional
    public DisputeView close(UUID id) {
        Dispute dispute = load(id, true);
        DisputeStatus previous = dispute.status();
        dispute.close(LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        return closed(dispute, previous, CaseOutcome.APPROVED);
    }

    @Transactional
    public DisputeView withdraw(UUID id) {
        Dispute dispute = load(id, true);
        DisputeStatus previous = dispute.status();
        dispute.withdraw(LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        return closed(dispute, previous, CaseOutcome.WITHDRAWN);
    }

    /**
     * Counts the due dates of the open cases reaching {@code year} again once its calendar is loaded, and announces
     * each case whose dates changed with {@code keji.case.status-changed.v1} (same status). Returns how many changed.
     */
    @Override
    @Transactional
    public int recomputeDueDates(int year) {
        return caseEvents.recounted(disputes.lockOpenReaching(year), calendar());
    }

    @Override
    public String recountedCases() {
        return "open dispute cases";
    }

    public DisputeView get(UUID id) {
        Dispute dispute = load(id, false);
        return view(dispute, patents(dispute), true);
    }

    /** A page of cases within the caller's reach: an officer its region's, an applicant its own enterprise's. */
    public Page<DisputeView> search(DisputeRepository.Filter filter, PageQuery query) {
        DisputeRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT) && !caller.is(Roles.OFFICER) && !caller.is(Roles.ADMIN)) {
            String own = caller.uscc().orElse("-");
            if (filter.requesterUscc() != null && !filter.requesterUscc().equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new DisputeRepository.Filter(filter.category(), filter.kind(), filter.status(),
                    filter.regionPrefix(), filter.year(), filter.applicationNumber(), own, null);
        } else {
            scoped = new DisputeRepository.Filter(filter.category(), filter.kind(), filter.status(),
                    filter.regionPrefix(), filter.year(), filter.applicationNumber(), filter.requesterUscc(),
                    caller.officerRegions().orElse(null));
        }
        Page<Dispute> page = disputes.search(scoped, query);
        Map<UUID, List<String>> patents = disputes.patentsOf(page.items().stream().map(Dispute::id).toList());
        return page.map(d -> view(d, patents.get(d.id()), false));
    }

    private DisputeView closed(Dispute dispute, DisputeStatus previous, CaseOutcome caseOutcome) {
        List<String> patents = patents(dispute);
        outbox.publish(new DisputeClosed(dispute.id(), dispute.trackingNumber(), dispute.category().name(),
                dispute.kind().name(), patents, dispute.region(), dispute.outcome().name(),
                dispute.clock().closedOn()));
        caseEvents.closed(dispute.reference(), dispute.clock(), dispute.status().name(), previous.name(),
                caseOutcome);
        return view(dispute, patents, true);
    }

    private List<String> patents(Dispute dispute) {
        return disputes.patentsOf(List.of(dispute.id())).get(dispute.id());
    }

    /** The case if the caller reaches it, else 404: bureau roles by region, an applicant its own enterprise's. */
    private Dispute load(UUID id, boolean lock) {
        NotFoundException notFound = new NotFoundException("DISPUTE_NOT_FOUND", id);
        Dispute dispute = (lock ? disputes.lock(id) : disputes.findByIdOptional(id)).orElseThrow(() -> notFound);
        if (!reaches(dispute)) {
            throw notFound;
        }
        return dispute;
    }

    private boolean reaches(Dispute dispute) {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.INTEGRATION)) {
            return true;
        }
        if (caller.is(Roles.OFFICER)) {
            return caller.officerRegions().map(reach -> reach.includes(dispute.region())).orElse(false);
        }
        return caller.is(Roles.APPLICANT) && dispute.requesterUscc() != null
                && dispute.requesterUscc().equals(caller.uscc().orElse(null));
    }

    /** Officers and admins handle the case and need the parties' personal data; everyone else sees it masked. */
    private boolean seesPersonalData() {
        return caller.is(Roles.OFFICER) || caller.is(Roles.ADMIN);
    }

    private DisputeView view(Dispute d, List<String> patents, boolean detailed) {
        boolean full = detailed && seesPersonalData();
        WorkingDayCalendar calendar = calendar();
        LocalDate today = LocalDate.now(clock);
        CaseClock c = d.clock();
        List<RespondentView> respondents = JsonColumns.read(json, d.respondentsJson(), RESPONDENTS).stream()
                .map(r -> new RespondentView(r.name(), r.uscc(), r.region(),
                        full ? r.contact() : PersonalData.maskContact(r.contact())))
                .toList();
        List<UUID> evidenceIds = JsonColumns.read(json, d.evidenceJson(), IDS);
        Map<UUID, MaterialSummary> found = detailed && d.requesterUscc() != null
                ? materials.find(d.requesterUscc(), evidenceIds)
                : Map.of();
        List<EvidenceView> evidence = evidenceIds.stream().map(materialId -> {
            MaterialSummary m = found.get(materialId);
            return m == null ? new EvidenceView(materialId, null, null, null, null, null)
                    : new EvidenceView(materialId, m.kind(), m.title(), m.fileName(), m.validUntil(),
                            materials.expired(m));
        }).toList();
        List<MediationSessionView> sessionViews = detailed ? sessions.of(d.id()).stream()
                .map(s -> new MediationSessionView(s.id(), s.heldOn(), s.place(), s.mediator(),
                        JsonColumns.read(json, s.attendeesJson(), NAMES), s.summary(), s.recordedBy(), s.recordedAt()))
                .toList() : null;
        Integer stepLeft = d.stepDueOn() == null ? null
                : today.isAfter(d.stepDueOn()) ? -calendar.workingDaysBetween(d.stepDueOn(), today)
                        : calendar.workingDaysBetween(today, d.stepDueOn());
        return new DisputeView(d.id(), d.trackingNumber(), d.matterCode(), d.category(), d.kind(), d.status(),
                d.status().actions(), d.outcome(), d.region(), d.year(), d.requesterType(), d.requesterUscc(),
                d.requesterName(), full ? d.requesterIdNumber() : PersonalData.maskIdNumber(d.requesterIdNumber()),
                respondents, patents, d.claimSummary(), evidence, d.stepStartedOn(), d.stepDueOn(), stepLeft,
                d.stepOverdue(today), d.acceptedOn(), d.handlingLegalDueOn(calendar), c.submittedOn(),
                c.promisedDueOn(), c.promisedDueOnProvisional(), c.legalDueOn(), c.legalDueOnProvisional(),
                c.workingDaysLeft(today, calendar), c.overdue(today), sessionViews, d.agreementMaterialId(),
                d.agreementTerms(), d.endedOn(), d.rejectionReason(), d.failureReason(), c.closedOn(),
                d.requestedBy(), d.createdAt(), d.updatedAt(), d.version());
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

}

package org.keji.project.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.event.project.ProjectClawBackDemanded;
import org.keji.commons.event.project.ProjectClawBackReceived;
import org.keji.commons.event.project.ProjectGrantApproved;
import org.keji.commons.event.project.ProjectTranchePaid;
import org.keji.commons.money.Money;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectApplicationRepository;
import org.keji.project.application.ProjectMoves;
import org.keji.project.application.ProjectStatus;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.project.eligibility.CallEligibility;
import org.keji.project.eligibility.EligibilityFailure;
import org.keji.project.grant.dto.ClawBackView;
import org.keji.project.grant.dto.ConfirmClawBackRequest;
import org.keji.project.grant.dto.GrantProposalView;
import org.keji.project.grant.dto.PayTrancheRequest;
import org.keji.project.grant.dto.ProjectView;
import org.keji.project.grant.dto.ProposeGrantRequest;
import org.keji.project.grant.dto.RecordClawBackRequest;
import org.keji.project.grant.dto.ScheduleTrancheRequest;
import org.keji.project.grant.dto.TrancheView;

/**
 * The money of projects: the grant (立项) proposed by one officer and confirmed by another within the call's budget,
 * tranches (拨付) scheduled by one officer and paid as another records it within the grant, claw-backs (追回) demanded
 * by one officer and received as another records it within what was paid. Every action checks the caller's reach (an
 * applicant its own projects, an officer those of its region; others 404) and the project's state (409 with the allowed
 * actions); sums move only through {@link FundsLedger}; events go through the outbox in the same transaction.
 */
@ApplicationScoped
public class GrantService {

    private final ProjectApplicationRepository applications;
    private final CallRepository calls;
    private final ProjectFundsRepository projects;
    private final TrancheRepository tranches;
    private final ClawBackRepository clawBacks;
    private final FundsLedger ledger;
    private final CallEligibility eligibility;
    private final ProjectMoves moves;
    private final Outbox outbox;
    private final WorkingCalendars calendars;
    private final Caller caller;
    private final Clock clock;

    public GrantService(ProjectApplicationRepository applications, CallRepository calls,
            ProjectFundsRepository projects, TrancheRepository tranches, ClawBackRepository clawBacks,
            FundsLedger ledger, CallEligibility eligibility, ProjectMoves moves, Outbox outbox,
            WorkingCalendars calendars, Caller caller, Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.projects = projects;
        this.tranches = tranches;
        this.clawBacks = clawBacks;
        this.ledger = ledger;
        this.eligibility = eligibility;
        this.moves = moves;
        this.outbox = outbox;
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Proposes (or re-proposes) the grant of an application whose publicity has ended: at most the call's maximum grant
     * and the amount requested.
     */
    @Transactional
    public GrantProposalView propose(UUID id, ProposeGrantRequest request) {
        ProjectApplication application = load(id, LockModeType.PESSIMISTIC_WRITE);
        application.requirePublicity("approve");
        BigDecimal amount = positive("amount", request.amount());
        ProjectCall call = callOf(application);
        requireDecidable(application, call, amount);
        GrantProposal existing = proposalOf(id);
        GrantProposal proposal = existing == null ? GrantProposal.of(id) : existing;
        proposal.propose(amount, request.reason().strip(), caller.name(), now());
        if (existing == null) {
            applications.getEntityManager().persist(proposal);
        }
        return view(proposal);
    }

    /** The current proposal of an application. */
    public GrantProposalView proposal(UUID id) {
        load(id, LockModeType.NONE);
        GrantProposal proposal = proposalOf(id);
        if (proposal == null) {
            throw new NotFoundException("GRANT_NOT_PROPOSED", id);
        }
        return view(proposal);
    }

    /**
     * Confirms the proposal as a second officer: checks eligibility again from the replica, reserves the grant in the
     * call's budget by one conditional update, approves the application (its case closes) and publishes
     * {@code keji.project.grant.approved.v1}, all in one transaction.
     */
    @Transactional
    public ProjectView confirm(UUID id) {
        ProjectApplication application = load(id, LockModeType.PESSIMISTIC_WRITE);
        ProjectStatus previous = application.status();
        application.requirePublicity("approve");
        GrantProposal proposal = proposalOf(id);
        if (proposal == null) {
            throw new ConflictException("GRANT_NOT_PROPOSED", id);
        }
        OffsetDateTime now = now();
        proposal.confirm(caller.name(), now);
        ProjectCall call = callOf(application);
        requireDecidable(application, call, proposal.amount());
        LocalDate today = LocalDate.now(clock);
        List<EligibilityFailure> failures = eligibility.failures(call, application.uscc(), today);
        if (!failures.isEmpty()) {
            throw new NotEligibleException(failures);
        }
        ledger.reserveBudget(call, proposal.amount());
        application.approve(proposal.amount(), today, calendars.current(), now);
        moves.moved(application, previous, "approve", today);
        applications.getEntityManager().persist(ProjectFunds.granted(id, proposal.amount()));
        outbox.publish(new ProjectGrantApproved(id.toString(), application.trackingNumber(),
                application.matterCode(), application.uscc(), call.id().toString(), application.region(),
                Money.of(proposal.amount()), proposal.proposedBy(), proposal.confirmedBy(), today));
        applications.flush();
        return get(id);
    }

    public Page<ProjectView> search(ProjectFundsRepository.Filter filter, PageQuery query) {
        ProjectFundsRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT)) {
            scoped = new ProjectFundsRepository.Filter(filter.callId(), filter.year(), filter.status(),
                    filter.regionPrefix(), caller.uscc().orElse("-"));
        }
        return projects.search(scoped, caller.officerRegions().orElse(null), query).map(GrantService::view);
    }

    public ProjectView get(UUID id) {
        ProjectFundsRepository.Row row = projects.find(id).orElseThrow(() -> notFound(id));
        caller.requireEnterprise(row.project().uscc(), row.project().region(), () -> notFound(id));
        return view(row);
    }

    /** Schedules a tranche of an active project; Σ live tranches stays within the grant whatever runs in parallel. */
    @Transactional
    public TrancheView schedule(UUID id, ScheduleTrancheRequest request) {
        // a shared lock: tranches of one project are scheduled in parallel, while a move of the project waits
        ProjectApplication application = load(id, LockModeType.PESSIMISTIC_READ);
        application.requireActive("tranches");
        BigDecimal amount = positive("amount", request.amount());
        ledger.schedule(id, amount);
        Tranche tranche = Tranche.schedule(id, amount, request.purpose().strip(), request.plannedOn(), caller.name(),
                now());
        tranches.persist(tranche);
        return view(tranche);
    }

    /** Records the payment of a scheduled tranche as a second officer; publishes keji.project.tranche.paid.v1. */
    @Transactional
    public TrancheView pay(UUID id, UUID trancheId, PayTrancheRequest request) {
        ProjectApplication application = load(id, LockModeType.PESSIMISTIC_READ);
        Tranche tranche = tranches.lock(id, trancheId).orElseThrow(() -> trancheNotFound(trancheId));
        application.requireActive("tranches");
        LocalDate today = LocalDate.now(clock);
        notAfterToday("paidOn", request.paidOn(), today);
        tranche.pay(request.paidOn(), request.voucherNumber().strip(), caller.name(), now());
        ledger.pay(id, tranche.amount());
        BigDecimal paid = (BigDecimal) applications.getEntityManager()
                .createNativeQuery("SELECT paid FROM project_funds WHERE application_id = :id").setParameter("id", id)
                .getSingleResult();
        outbox.publish(new ProjectTranchePaid(id.toString(), application.trackingNumber(), application.uscc(),
                application.callId().toString(), application.region(), trancheId.toString(),
                Money.of(tranche.amount()), Money.of(paid), Money.of(application.grantAmount()), request.paidOn(),
                tranche.voucherNumber()));
        return view(tranche);
    }

    /** Cancels a tranche before its payment: its amount is free for other tranches again. */
    @Transactional
    public TrancheView cancel(UUID id, UUID trancheId, String reason) {
        load(id, LockModeType.PESSIMISTIC_READ);
        Tranche tranche = tranches.lock(id, trancheId).orElseThrow(() -> trancheNotFound(trancheId));
        tranche.cancel(reason.strip(), caller.name(), now());
        ledger.unschedule(id, tranche.amount());
        return view(tranche);
    }

    public Page<TrancheView> tranches(UUID id, TrancheStatus status, PageQuery query) {
        get(id);
        return tranches.page(id, status, query).map(GrantService::view);
    }

    public TrancheView tranche(UUID id, UUID trancheId) {
        get(id);
        return tranches.find("id = ?1 and applicationId = ?2", trancheId, id).firstResultOptional()
                .map(GrantService::view).orElseThrow(() -> trancheNotFound(trancheId));
    }

    /** Demands paid funds of a terminated or failed project back, within what was paid and not yet demanded. */
    @Transactional
    public ClawBackView demand(UUID id, RecordClawBackRequest request) {
        ProjectApplication application = load(id, LockModeType.PESSIMISTIC_READ);
        application.requireClawBack();
        BigDecimal amount = positive("amount", request.amount());
        LocalDate today = LocalDate.now(clock);
        if (request.dueOn().isBefore(today)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "dueOn", "must not be before today",
                    request.dueOn().toString());
        }
        ledger.clawBack(id, amount);
        ClawBack clawBack = ClawBack.demand(id, amount, request.reason().strip(), request.dueOn(), caller.name(),
                now());
        clawBacks.persist(clawBack);
        outbox.publish(new ProjectClawBackDemanded(id.toString(), application.trackingNumber(), application.uscc(),
                application.region(), clawBack.id().toString(), Money.of(amount), clawBack.reason(),
                clawBack.dueOn()));
        return view(clawBack);
    }

    /** Records, as a second officer, that clawed-back money was received. */
    @Transactional
    public ClawBackView receive(UUID id, UUID clawBackId, ConfirmClawBackRequest request) {
        ProjectApplication application = load(id, LockModeType.PESSIMISTIC_READ);
        ClawBack clawBack = clawBacks.lock(id, clawBackId).orElseThrow(() -> clawBackNotFound(clawBackId));
        notAfterToday("receivedOn", request.receivedOn(), LocalDate.now(clock));
        clawBack.receive(request.receivedOn(), request.voucherNumber().strip(), caller.name(), now());
        ledger.recover(id, clawBack.amount());
        outbox.publish(new ProjectClawBackReceived(id.toString(), application.trackingNumber(), application.uscc(),
                application.region(), clawBackId.toString(), Money.of(clawBack.amount()), clawBack.receivedOn(),
                clawBack.voucherNumber()));
        return view(clawBack);
    }

    public Page<ClawBackView> clawBacks(UUID id, ClawBackStatus status, PageQuery query) {
        get(id);
        return clawBacks.page(id, status, query).map(GrantService::view);
    }

    /** Publicity over, amount within the call's maximum grant and the amount requested (422 otherwise). */
    private void requireDecidable(ProjectApplication application, ProjectCall call, BigDecimal amount) {
        if (!application.publicityEndedBy(LocalDate.now(clock))) {
            throw new BusinessRuleException("GRANT_PUBLICITY_NOT_ENDED", application.publicityTo());
        }
        if (amount.compareTo(call.maxGrant()) > 0) {
            throw new BusinessRuleException("GRANT_ABOVE_MAX", Money.of(amount), Money.of(call.maxGrant()));
        }
        if (amount.compareTo(application.requestedAmount()) > 0) {
            throw new BusinessRuleException("GRANT_ABOVE_REQUESTED", Money.of(amount),
                    Money.of(application.requestedAmount()));
        }
    }

    private ProjectApplication load(UUID id, LockModeType lock) {
        ProjectApplication application = applications.findByIdOptional(id, lock).orElseThrow(() -> notFound(id));
        caller.requireEnterprise(application.uscc(), application.region(), () -> notFound(id));
        return application;
    }

    private GrantProposal proposalOf(UUID id) {
        return applications.getEntityManager().find(GrantProposal.class, id);
    }

    private ProjectCall callOf(ProjectApplication application) {
        return calls.findByIdOptional(application.callId()).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static BigDecimal positive(String field, Money amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", field, "must be more than zero",
                    amount.toString());
        }
        return amount.amount();
    }

    private static void notAfterToday(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", field, "must not be after today",
                    day.toString());
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("GRANT_PROJECT_NOT_FOUND", id);
    }

    private static NotFoundException trancheNotFound(UUID id) {
        return new NotFoundException("GRANT_TRANCHE_NOT_FOUND", id);
    }

    private static NotFoundException clawBackNotFound(UUID id) {
        return new NotFoundException("GRANT_CLAW_BACK_NOT_FOUND", id);
    }

    private static GrantProposalView view(GrantProposal p) {
        return new GrantProposalView(p.applicationId(), Money.of(p.amount()), p.reason(), p.proposedBy(),
                p.proposedAt(), p.confirmedBy(), p.confirmedAt());
    }

    private static ProjectView view(ProjectFundsRepository.Row row) {
        ProjectApplication a = row.project();
        ProjectCall c = row.call();
        ProjectFunds f = row.funds();
        Money granted = Money.of(a.grantAmount());
        Money scheduled = f == null ? Money.ZERO : Money.of(f.scheduled());
        Money paid = f == null ? Money.ZERO : Money.of(f.paid());
        Money clawedBack = f == null ? Money.ZERO : Money.of(f.clawedBack());
        Money recovered = f == null ? Money.ZERO : Money.of(f.recovered());
        GrantProposal p = row.proposal();
        return new ProjectView(a.id(), a.trackingNumber(), a.title(), a.uscc(), a.region(), c.id(), c.code(),
                c.year(), c.batch(), a.status(), a.contractNumber(), a.contractEnd(), granted, scheduled, paid,
                granted.minus(scheduled), granted.minus(paid), clawedBack, recovered, clawedBack.minus(recovered),
                p == null ? null : p.proposedBy(), p == null ? null : p.confirmedBy(),
                p == null ? null : p.confirmedAt());
    }

    private static TrancheView view(Tranche t) {
        return new TrancheView(t.id(), t.applicationId(), Money.of(t.amount()), t.purpose(), t.plannedOn(),
                t.status(), t.status().actions(), t.scheduledBy(), t.scheduledAt(), t.paidOn(), t.voucherNumber(),
                t.paidBy(), t.cancelledBy(), t.cancelReason(), t.updatedAt());
    }

    private static ClawBackView view(ClawBack c) {
        return new ClawBackView(c.id(), c.applicationId(), Money.of(c.amount()), c.reason(), c.dueOn(), c.status(),
                c.status().actions(), c.recordedBy(), c.recordedAt(), c.receivedOn(), c.voucherNumber(),
                c.receivedBy(), c.updatedAt());
    }

    /** 422 {@code GRANT_NOT_ELIGIBLE}: the detail names every failing condition, each also a violation. */
    static final class NotEligibleException extends BusinessRuleException {

        private final List<EligibilityFailure> failures;

        NotEligibleException(List<EligibilityFailure> failures) {
            super("GRANT_NOT_ELIGIBLE", String.join(", ", failures.stream().map(EligibilityFailure::condition).toList()));
            this.failures = List.copyOf(failures);
        }

        @Override
        public List<Problem.Violation> violations() {
            return failures.stream().map(f -> new Problem.Violation("uscc", f.condition() + " (required "
                    + f.required() + ")", f.actual())).toList();
        }
    }
}

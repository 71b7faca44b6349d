package org.keji.enterprise.incubator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.SeedFundPaid;
import org.keji.commons.event.enterprise.TenantAdmitted;
import org.keji.commons.event.enterprise.TenantAssessed;
import org.keji.commons.event.enterprise.TenantGraduated;
import org.keji.commons.event.enterprise.TenantMovedOut;
import org.keji.commons.money.Money;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.enterprise.incubator.dto.AdmitTenantRequest;
import org.keji.enterprise.incubator.dto.AssessTenantRequest;
import org.keji.enterprise.incubator.dto.GraduateTenantRequest;
import org.keji.enterprise.incubator.dto.MoveOutTenantRequest;
import org.keji.enterprise.incubator.dto.RecordSeedFundPaymentRequest;
import org.keji.enterprise.incubator.dto.SeedFundPaymentView;
import org.keji.enterprise.incubator.dto.TenantAssessmentView;
import org.keji.enterprise.incubator.dto.TenantView;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TenantService {

    static final String INCUBATING_USCC_INDEX = "incubator_tenant_incubating_uscc";
    static final String ASSESSMENT_YEAR_INDEX = "incubator_tenant_assessment_year_unique";

    private final IncubatorService directory;
    private final TenantRepository tenants;
    private final TenantAssessmentRepository assessments;
    private final SeedFundPaymentRepository payments;
    private final IncubationConfig config;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public TenantService(IncubatorService directory, TenantRepository tenants,
            TenantAssessmentRepository assessments, SeedFundPaymentRepository payments, IncubationConfig config,
            Outbox outbox, Caller caller, Clock clock) {
        this.directory = directory;
        this.tenants = tenants;
        this.assessments = assessments;
        this.payments = payments;
        this.config = config;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Admits an enterprise. The incubator's row is locked first, so of two admissions for its last place the second
     * counts the first one's tenant and is refused; the partial unique index on incubating USCCs settles a race between
     * two incubators admitting one enterprise.
     */
    @Transactional
    public TenantView admit(UUID incubatorId, AdmitTenantRequest request) {
        Incubator incubator = directory.reachable(incubatorId, true);
        if (tenants.isIncubating(request.uscc())) {
            throw alreadyIncubating(request.uscc());
        }
        if (incubator.isFull(tenants.countIncubating(incubatorId))) {
            throw new BusinessRuleException("INCUBATOR_FULL", incubator.name(),
                    String.valueOf(incubator.capacity()));
        }
        int limit = request.incubationLimitMonths() == null ? config.defaultLimitMonths()
                : request.incubationLimitMonths();
        Tenant tenant = Tenant.admit(incubatorId, request.uscc(), request.name().strip(), request.movedInOn(), limit,
                OffsetDateTime.now(clock));
        try {
            tenants.persistAndFlush(tenant);
        } catch (PersistenceException e) {
            if (violates(e, INCUBATING_USCC_INDEX)) {
                throw alreadyIncubating(request.uscc());
            }
            throw e;
        }
        outbox.publish(new TenantAdmitted(incubatorId, tenant.id(), tenant.uscc(), tenant.name(), tenant.movedInOn(),
                tenant.incubationLimitMonths(), tenant.incubationEndsOn()));
        return view(tenant, Money.ZERO, List.of());
    }

    public TenantView get(UUID incubatorId, UUID tenantId) {
        Tenant tenant = readable(incubatorId, tenantId);
        return view(tenant, tenants.seedFundTotals(List.of(tenantId)).getOrDefault(tenantId, Money.ZERO),
                assessments.ofTenants(List.of(tenantId)).stream().map(TenantAssessmentView::of).toList());
    }

    /** The incubator's tenants; an applicant sees only the records of its own enterprise. */
    public Page<TenantView> list(UUID incubatorId, TenantStatus status, PageQuery query) {
        directory.reachable(incubatorId, false);
        List<String> conditions = new ArrayList<>(List.of("incubatorId = :incubatorId"));
        Parameters parameters = Parameters.with("incubatorId", incubatorId);
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (caller.is(Roles.APPLICANT)) {
            conditions.add("uscc = :uscc");
            parameters.and("uscc", caller.uscc().orElse(""));
        }
        Sort sort = (query.ascending() ? Sort.ascending(query.sortField()) : Sort.descending(query.sortField()))
                .and("id");
        var found = tenants.find(String.join(" and ", conditions), sort, parameters);
        long total = found.count();
        List<Tenant> items = found.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list();
        List<UUID> ids = items.stream().map(Tenant::id).toList();
        Map<UUID, Money> totals = tenants.seedFundTotals(ids);
        Map<UUID, List<TenantAssessmentView>> assessed = new HashMap<>();
        for (TenantAssessment a : assessments.ofTenants(ids)) {
            assessed.computeIfAbsent(a.tenantId(), id -> new ArrayList<>()).add(TenantAssessmentView.of(a));
        }
        return new Page<>(items.stream().map(t -> view(t, totals.getOrDefault(t.id(), Money.ZERO),
                assessed.getOrDefault(t.id(), List.of()))).toList(), query.page(), query.size(), total);
    }

    /** Records the yearly assessment; an unqualified (不合格) grade sets the tenant's move-out deadline. */
    @Transactional
    public TenantAssessmentView assess(UUID incubatorId, UUID tenantId, AssessTenantRequest request) {
        directory.reachable(incubatorId, false);
        Tenant tenant = tenants.findInIncubatorForUpdate(incubatorId, tenantId)
                .orElseThrow(() -> tenantNotFound(tenantId));
        tenant.assess(request.grade(), request.assessedOn(), config.moveOutMonths(), OffsetDateTime.now(clock));
        if (assessments.exists(tenantId, request.year())) {
            throw assessmentExists(request.year());
        }
        String remarks = request.remarks() == null || request.remarks().isBlank() ? null : request.remarks().strip();
        TenantAssessment assessment = TenantAssessment.record(tenantId, request.year(), request.grade(),
                request.assessedOn(), remarks, OffsetDateTime.now(clock));
        try {
            assessments.persistAndFlush(assessment);
        } catch (PersistenceException e) {
            if (violates(e, ASSESSMENT_YEAR_INDEX)) {
                throw assessmentExists(request.year());
            }
            throw e;
        }
        outbox.publish(new TenantAssessed(incubatorId, tenantId, tenant.uscc(), assessment.year(),
                assessment.grade().name(), assessment.assessedOn(), tenant.moveOutDeadline()));
        return TenantAssessmentView.of(assessment);
    }

    @Transactional
    public TenantView graduate(UUID incubatorId, UUID tenantId, GraduateTenantRequest request) {
        directory.reachable(incubatorId, false);
        Tenant tenant = tenants.findInIncubatorForUpdate(incubatorId, tenantId)
                .orElseThrow(() -> tenantNotFound(tenantId));
        tenant.graduate(request.on(), OffsetDateTime.now(clock));
        tenants.flush();
        outbox.publish(new TenantGraduated(incubatorId, tenantId, tenant.uscc(), tenant.graduatedOn()));
        return get(incubatorId, tenantId);
    }

    @Transactional
    public TenantView moveOut(UUID incubatorId, UUID tenantId, MoveOutTenantRequest request) {
        directory.reachable(incubatorId, false);
        Tenant tenant = tenants.findInIncubatorForUpdate(incubatorId, tenantId)
                .orElseThrow(() -> tenantNotFound(tenantId));
        tenant.moveOut(request.on(), request.reason().strip(), OffsetDateTime.now(clock));
        tenants.flush();
        outbox.publish(new TenantMovedOut(incubatorId, tenantId, tenant.uscc(), tenant.movedOutOn(),
                tenant.moveOutReason()));
        return get(incubatorId, tenantId);
    }

    @Transactional
    public SeedFundPaymentView recordSeedFundPayment(UUID incubatorId, UUID tenantId,
            RecordSeedFundPaymentRequest request) {
        directory.reachable(incubatorId, false);
        Tenant tenant = tenants.findInIncubatorForUpdate(incubatorId, tenantId)
                .orElseThrow(() -> tenantNotFound(tenantId));
        SeedFundPayment payment = SeedFundPayment.record(tenant, request.amount(), request.paidOn(),
                request.purpose().strip(), OffsetDateTime.now(clock));
        payments.persist(payment);
        outbox.publish(new SeedFundPaid(incubatorId, tenantId, payment.id(), tenant.uscc(), payment.amount(),
                payment.paidOn(), payment.purpose()));
        return SeedFundPaymentView.of(payment);
    }

    public Page<SeedFundPaymentView> listSeedFundPayments(UUID incubatorId, UUID tenantId, PageQuery query) {
        readable(incubatorId, tenantId);
        Sort sort = (query.ascending() ? Sort.ascending(query.sortField()) : Sort.descending(query.sortField()))
                .and("id");
        var found = payments.find("tenantId", sort, tenantId);
        long total = found.count();
        return new Page<>(found.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list().stream()
                .map(SeedFundPaymentView::of).toList(), query.page(), query.size(), total);
    }

    /**
     * The tenant if it exists in this incubator and the caller may see it: an applicant only its own, an officer those
     * of the incubators of its regions.
     */
    private Tenant readable(UUID incubatorId, UUID tenantId) {
        directory.reachable(incubatorId, false);
        Tenant tenant = tenants.findInIncubator(incubatorId, tenantId).orElseThrow(() -> tenantNotFound(tenantId));
        if (caller.is(Roles.APPLICANT)) {
            caller.requireEnterprise(tenant.uscc(), () -> tenantNotFound(tenantId));
        }
        return tenant;
    }

    private TenantView view(Tenant tenant, Money seedFundTotal, List<TenantAssessmentView> assessed) {
        return TenantView.of(tenant, seedFundTotal, assessed, LocalDate.now(clock));
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException alreadyIncubating(String uscc) {
        return new ConflictException("TENANT_ALREADY_INCUBATING", uscc);
    }

    private static ConflictException assessmentExists(int year) {
        return new ConflictException("TENANT_ASSESSMENT_EXISTS", String.valueOf(year));
    }

    private static NotFoundException tenantNotFound(UUID tenantId) {
        return new NotFoundException("TENANT_NOT_FOUND", tenantId);
    }
}

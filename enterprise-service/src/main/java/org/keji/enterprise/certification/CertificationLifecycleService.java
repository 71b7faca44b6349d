package org.keji.enterprise.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.AnnualReportSubmitted;
import org.keji.commons.event.enterprise.CertificationExpired;
import org.keji.commons.event.enterprise.CertificationRecheckCleared;
import org.keji.commons.event.enterprise.CertificationRecheckStarted;
import org.keji.commons.event.enterprise.CertificationRevoked;
import org.keji.commons.event.enterprise.ChangeReported;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.certification.dto.AnnualReportRequest;
import org.keji.enterprise.certification.dto.AnnualReportView;
import org.keji.enterprise.certification.dto.CertificationView;
import org.keji.enterprise.certification.dto.ChangeReportRequest;
import org.keji.enterprise.certification.dto.ChangeReportView;
import org.keji.enterprise.certification.dto.ClearRecheckRequest;
import org.keji.enterprise.certification.dto.ReportedFigures;
import org.keji.enterprise.certification.dto.RevokeCertificationRequest;
import org.keji.enterprise.certification.dto.StartRecheckRequest;
import org.keji.enterprise.compliance.ViolationKind;
import org.keji.enterprise.compliance.ViolationRepository;
import org.keji.enterprise.figures.YearlyFigures;
import org.keji.enterprise.figures.YearlyFiguresRepository;
import org.keji.enterprise.support.JsonColumns;

/**
 * A certificate's life after the grant (高新技术企业认定管理办法 第十六条–第十九条): annual reports, reports of major changes,
 * re-check and revocation, expiry. Every change publishes its event in the same transaction.
 */
@ApplicationScoped
public class CertificationLifecycleService {

    static final String ANNUAL_REPORT_YEAR_INDEX = "certification_annual_report_year_unique";

    private final CertificationRepository certifications;
    private final AnnualReportRepository annualReports;
    private final ChangeReportRepository changeReports;
    private final YearlyFiguresRepository figures;
    private final ViolationRepository violations;
    private final Event<AnnualReportSubmitted> annualReportSubmitted;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final JsonColumns json;

    public CertificationLifecycleService(CertificationRepository certifications, AnnualReportRepository annualReports,
            ChangeReportRepository changeReports, YearlyFiguresRepository figures, ViolationRepository violations,
            Event<AnnualReportSubmitted> annualReportSubmitted, Outbox outbox, Caller caller, Clock clock,
            JsonColumns json) {
        this.certifications = certifications;
        this.annualReports = annualReports;
        this.changeReports = changeReports;
        this.figures = figures;
        this.violations = violations;
        this.annualReportSubmitted = annualReportSubmitted;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Files the annual report on a year from the yearly figures the bureau holds for it, and publishes
     * {@code keji.enterprise.certification.annual-report-submitted.v1}, also fired in the transaction (CDI): the
     * monitoring findings observe it, so a missing report disappears from the monitoring list at once.
     */
    @Transactional
    public AnnualReportView fileAnnualReport(UUID id, AnnualReportRequest request) {
        Certification certification = lockedForHolder(id);
        LocalDate today = LocalDate.now(clock);
        int year = request.year();
        certification.checkAnnualReport(year, today);
        YearlyFigures held = figures.findByYear(certification.uscc(), year)
                .orElseThrow(() -> new BusinessRuleException("FIGURES_MISSING", certification.uscc(),
                        String.valueOf(year)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportedFigures reported = ReportedFigures.of(held.figures());
        AnnualReport report = AnnualReport.file(certification, year, json.write(reported), held.version(), caller.name(),
                today, now);
        certification.fileAnnualReport(year, now);
        try {
            annualReports.persistAndFlush(report);
        } catch (PersistenceException e) {
            if (violates(e, ANNUAL_REPORT_YEAR_INDEX)) {
                throw new ConflictException("ANNUAL_REPORT_EXISTS", String.valueOf(year));
            }
            throw e;
        }
        AnnualReportSubmitted event = new AnnualReportSubmitted(certification.id(), certification.uscc(),
                certification.certificationType(), certification.certificateNumber(), report.id(), year,
                report.dueOn(), report.submittedAt(), report.late());
        outbox.publish(event);
        annualReportSubmitted.fire(event);
        return AnnualReportView.of(report, reported);
    }

    /** The annual reports of a certificate, by year. */
    public List<AnnualReportView> annualReports(UUID id) {
        Certification certification = readable(id);
        return annualReports.listByCertification(certification.id()).stream()
                .map(report -> AnnualReportView.of(report, json.read(report.figuresJson(), ReportedFigures.class))).toList();
    }

    /** Records a major change of the holder and publishes {@code keji.enterprise.certification.change-reported.v1}. */
    @Transactional
    public ChangeReportView reportChange(UUID id, ChangeReportRequest request) {
        Certification certification = lockedForHolder(id);
        certification.checkChangeReport();
        ChangeReport report = ChangeReport.report(certification, request.kind(), request.occurredOn(),
                request.description().strip(), caller.name(), LocalDate.now(clock), OffsetDateTime.now(clock));
        changeReports.persist(report);
        outbox.publish(new ChangeReported(certification.id(), certification.uscc(),
                certification.certificationType(), certification.certificateNumber(), report.id(),
                report.kind().name(), report.occurredOn(), report.description(), report.dueOn(), report.reportedAt(),
                report.late()));
        return ChangeReportView.of(report);
    }

    public Page<ChangeReportView> changeReports(UUID id, PageQuery query) {
        Certification certification = readable(id);
        return changeReports.pageByCertification(certification.id(), query).map(ChangeReportView::of);
    }

    /** {@code ACTIVE → UNDER_RECHECK}; publishes {@code keji.enterprise.certification.recheck-started.v1}. */
    @Transactional
    public CertificationView startRecheck(UUID id, String ifMatch, StartRecheckRequest request) {
        Certification certification = lockedForAction(id, ifMatch, request.version());
        LocalDate today = LocalDate.now(clock);
        certification.startRecheck(request.reason().strip(), today, OffsetDateTime.now(clock));
        certifications.flush();
        outbox.publish(new CertificationRecheckStarted(certification.id(), certification.uscc(),
                certification.certificationType(), certification.certificateNumber(), certification.recheckReason(),
                certification.recheckStartedOn()));
        return CertificationView.of(certification, today);
    }

    /**
     * {@code UNDER_RECHECK → ACTIVE}, or {@code EXPIRED} when the validity ended during the re-check; publishes
     * {@code keji.enterprise.certification.recheck-cleared.v1}, then {@code …expired.v1} in the second case.
     */
    @Transactional
    public CertificationView clearRecheck(UUID id, String ifMatch, ClearRecheckRequest request) {
        Certification certification = lockedForAction(id, ifMatch, request == null ? null : request.version());
        LocalDate today = LocalDate.now(clock);
        certification.clearRecheck(today, OffsetDateTime.now(clock));
        certifications.flush();
        outbox.publish(new CertificationRecheckCleared(certification.id(), certification.uscc(),
                certification.certificationType(), certification.certificateNumber(),
                certification.recheckClearedOn(), certification.status().name()));
        if (certification.status() == CertificationStatus.EXPIRED) {
            publishExpired(certification);
        }
        return CertificationView.of(certification, today);
    }

    /**
     * {@code UNDER_RECHECK → REVOKED} on a ground backed by the records held (violations, change reports, annual
     * reports); publishes {@code keji.enterprise.certification.revoked.v1}.
     */
    @Transactional
    public CertificationView revoke(UUID id, String ifMatch, RevokeCertificationRequest request) {
        Certification certification = lockedForAction(id, ifMatch, request.version());
        LocalDate today = LocalDate.now(clock);
        RevocationRecords records = new RevocationRecords(
                violations.countMajor(certification.uscc(), ViolationKind.INCIDENTS, certification.validFrom(),
                        certification.incidentWindowEnd(today)),
                changeReports.countLate(certification.id()));
        certification.revoke(request.ground(), request.reason().strip(), request.clawbackFromYear(), records, today,
                OffsetDateTime.now(clock));
        certifications.flush();
        outbox.publish(new CertificationRevoked(certification.id(), certification.uscc(),
                certification.certificationType(), certification.certificateNumber(),
                certification.revocationGround().name(), certification.revocationReason(),
                certification.clawbackFromYear(), certification.revokedOn()));
        return CertificationView.of(certification, today);
    }

    /**
     * Expires one batch of active certificates whose validity has ended, with one
     * {@code keji.enterprise.certification.expired.v1} each, in one transaction. Returns how many it expired; rows other
     * transactions hold are left to them.
     */
    @Transactional
    public int expireDueBatch(int limit) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Certification> due = certifications.claimDueForExpiry(today, limit);
        for (Certification certification : due) {
            certification.expire(today, now);
        }
        certifications.flush();
        due.forEach(this::publishExpired);
        return due.size();
    }

    private void publishExpired(Certification certification) {
        outbox.publish(new CertificationExpired(certification.id(), certification.uscc(),
                certification.certificationType(), certification.certificateNumber(), certification.validTo(),
                certification.expiredOn()));
    }

    /** The certificate for a report by its holder or the bureau, locked; another applicant's answers 404. */
    private Certification lockedForHolder(UUID id) {
        Certification certification = certifications.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        caller.requireEnterprise(certification.uscc(), () -> notFound(id));
        return certification;
    }

    private Certification readable(UUID id) {
        Certification certification = certifications.findByIdOptional(id).orElseThrow(() -> notFound(id));
        caller.requireEnterprise(certification.uscc(), () -> notFound(id));
        return certification;
    }

    /**
     * The certificate for an officer's action, locked, provided the action is based on its current version: If-Match
     * (stale → 412) and/or the body's {@code version} (stale → 409); one of them is required.
     */
    private Certification lockedForAction(UUID id, String ifMatch, Long version) {
        Certification certification = certifications.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        caller.requireEnterprise(certification.uscc(), () -> notFound(id));
        EntityVersions.checkEither(ifMatch, version, certification.version());
        return certification;
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

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("CERTIFICATION_NOT_FOUND", id);
    }
}

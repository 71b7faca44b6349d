package org.keji.enterprise.certification;

import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.IllegalTransitionException;
import org.keji.commons.problem.InvalidRequestException;

/**
 * A certificate an enterprise holds: its type, number and validity, and its life after the grant (高新技术企业认定管理办法
 * 第十六条–第十九条): yearly reports, a re-check ({@code ACTIVE → UNDER_RECHECK}) that is cleared or ends in revocation,
 * and expiry. An {@code UNDER_RECHECK} certificate does not expire while the re-check runs, so that a revocation with
 * its claw-back stays possible; clearing it after its validity ended expires it at once.
 */
@Entity
@Table(name = "certification")
public class Certification {

    public static final String ANNUAL_REPORT = "annual-report";
    public static final String CHANGE_REPORT = "change-report";
    public static final String RECHECK = "recheck";
    public static final String CLEAR = "clear";
    public static final String REVOKE = "revoke";
    public static final String ILLEGAL_TRANSITION = "CERTIFICATION_ILLEGAL_TRANSITION";

    /** Missing annual reports that make MISSING_ANNUAL_REPORTS a ground: "累计两年未填报" (第十九条（三）). */
    public static final int MISSING_REPORTS_FOR_REVOCATION = 2;

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(name = "certification_type", nullable = false, length = 30)
    private String certificationType;

    @Column(name = "certificate_number", nullable = false, length = 60)
    private String certificateNumber;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificationStatus status;

    @Column(nullable = false, length = 6)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificationOrigin origin;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Copied from the type at the grant: the obligation a certificate was granted with does not change later. */
    @Column(name = "annual_report_required", nullable = false)
    private boolean annualReportRequired;

    /** The years whose annual report was filed; kept here so views and lists need no query per certificate. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "annual_report_years", nullable = false, columnDefinition = "integer[]")
    private Integer[] annualReportYears = new Integer[0];

    @Column(name = "recheck_reason", length = 2000)
    private String recheckReason;

    @Column(name = "recheck_started_on")
    private LocalDate recheckStartedOn;

    @Column(name = "recheck_cleared_on")
    private LocalDate recheckClearedOn;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_ground", length = 30)
    private RevocationGround revocationGround;

    @Column(name = "revocation_reason", length = 2000)
    private String revocationReason;

    @Column(name = "clawback_from_year")
    private Integer clawbackFromYear;

    @Column(name = "expired_on")
    private LocalDate expiredOn;

    /** The name the holder had at the grant: the one printed on the certificate and its signed document. */
    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    /** Random per certificate; the verification code is derived from it with the service's secret, never stored. */
    @Column(name = "verification_salt", nullable = false)
    private byte[] verificationSalt;

    @Version
    private long version;

    protected Certification() {
    }

    /**
     * A certificate of the holder {@code uscc} named {@code holderName}, valid from {@code validFrom} to
     * {@code validTo}; already expired when {@code validTo} is before {@code today}. It gets its verification salt
     * here, so every certificate issued, whatever its origin, has a verification code.
     */
    public static Certification of(String uscc, String holderName, CertificationType type, String certificateNumber,
            LocalDate validFrom, LocalDate validTo, String region, CertificationOrigin origin, LocalDate today,
            OffsetDateTime now) {
        Certification certification = new Certification();
        certification.id = UUID.randomUUID();
        certification.uscc = uscc;
        certification.holderName = holderName;
        certification.verificationSalt = VerificationCodes.newSalt();
        certification.certificationType = type.code();
        certification.certificateNumber = certificateNumber;
        certification.validFrom = validFrom;
        certification.validTo = validTo;
        certification.region = region;
        certification.origin = origin;
        certification.status = validTo.isBefore(today) ? CertificationStatus.EXPIRED : CertificationStatus.ACTIVE;
        certification.expiredOn = certification.status == CertificationStatus.EXPIRED ? today : null;
        certification.annualReportRequired = type.annualReportRequired();
        certification.createdAt = now;
        certification.updatedAt = now;
        return certification;
    }

    /** The last day of a validity of {@code years} years starting on {@code validFrom}. */
    public static LocalDate validTo(LocalDate validFrom, int years) {
        return validFrom.plusYears(years).minusDays(1);
    }

    /**
     * The annual report on year {@code year} is due by 31 May of the next year (第十七条: 每年5月底前填报上一年度
     * 年度发展情况报表).
     */
    public static LocalDate annualReportDueOn(int year) {
        return LocalDate.of(year + 1, Month.MAY, 31);
    }

    /**
     * The years this certificate reports on: from the year of {@code validFrom} (a certificate granted in Y reports on Y
     * in Y+1), every year whose report falls due while the certificate is valid. An HNTE certificate from 1 December
     * 2025 to 30 November 2028 reports on 2025, 2026 and 2027; one from 1 January 2025 to 31 December 2027 on 2025 and
     * 2026. Empty for a type without annual reports.
     */
    public List<Integer> annualReportYearsOwed() {
        List<Integer> years = new ArrayList<>();
        if (annualReportRequired) {
            for (int year = validFrom.getYear(); !annualReportDueOn(year).isAfter(validTo); year++) {
                years.add(year);
            }
        }
        return years;
    }

    /**
     * The owed years whose due date has passed on {@code today} without a report (a report due on 31 May is missing
     * from 1 June). A revoked certificate owes nothing that fell due after its revocation.
     */
    public List<Integer> missingAnnualReports(LocalDate today) {
        LocalDate until = status == CertificationStatus.REVOKED && revokedOn != null && revokedOn.isBefore(today)
                ? revokedOn
                : today;
        List<Integer> reported = Arrays.asList(annualReportYears);
        return annualReportYearsOwed().stream()
                .filter(year -> annualReportDueOn(year).isBefore(until) && !reported.contains(year)).toList();
    }

    /** Certified: active or under re-check. Only a certified certificate is reported on, monitored and re-checked. */
    public boolean isCertified() {
        return status == CertificationStatus.ACTIVE || status == CertificationStatus.UNDER_RECHECK;
    }

    /**
     * Checks that the annual report on {@code year} can be filed on {@code today}: the type has annual reports, the
     * certificate is held, owes that year, the year is over, and no report on it was filed yet.
     */
    public void checkAnnualReport(int year, LocalDate today) {
        if (!annualReportRequired) {
            throw new BusinessRuleException("ANNUAL_REPORT_NOT_REQUIRED", certificationType);
        }
        requireCertified(ANNUAL_REPORT);
        List<Integer> owed = annualReportYearsOwed();
        if (!owed.contains(year)) {
            throw new BusinessRuleException("ANNUAL_REPORT_YEAR_NOT_COVERED", String.valueOf(year),
                    owed.isEmpty() ? "-" : owed.get(0) + "–" + owed.get(owed.size() - 1));
        }
        if (year >= today.getYear()) {
            throw new BusinessRuleException("ANNUAL_REPORT_YEAR_NOT_ENDED", String.valueOf(year));
        }
        if (Arrays.asList(annualReportYears).contains(year)) {
            throw new ConflictException("ANNUAL_REPORT_EXISTS", String.valueOf(year));
        }
    }

    /** Records that the annual report on {@code year} was filed; {@link #checkAnnualReport} comes first. */
    public void fileAnnualReport(int year, OffsetDateTime now) {
        Integer[] years = Arrays.copyOf(annualReportYears, annualReportYears.length + 1);
        years[years.length - 1] = year;
        Arrays.sort(years);
        annualReportYears = years;
        updatedAt = now;
    }

    /** A major change is reported while the certificate is held. */
    public void checkChangeReport() {
        requireCertified(CHANGE_REPORT);
    }

    /** {@code ACTIVE → UNDER_RECHECK} (第十六条: 提请认定机构复核). */
    public void startRecheck(String reason, LocalDate today, OffsetDateTime now) {
        if (status != CertificationStatus.ACTIVE) {
            throw illegal(RECHECK);
        }
        status = CertificationStatus.UNDER_RECHECK;
        recheckReason = reason;
        recheckStartedOn = today;
        recheckClearedOn = null;
        updatedAt = now;
    }

    /**
     * {@code UNDER_RECHECK → ACTIVE}: the holder still meets the conditions. When the validity ended during the re-check
     * the certificate becomes {@code EXPIRED} instead; the caller publishes the expiry then.
     */
    public void clearRecheck(LocalDate today, OffsetDateTime now) {
        if (status != CertificationStatus.UNDER_RECHECK) {
            throw illegal(CLEAR);
        }
        recheckClearedOn = today;
        if (validTo.isBefore(today)) {
            status = CertificationStatus.EXPIRED;
            expiredOn = today;
        } else {
            status = CertificationStatus.ACTIVE;
        }
        updatedAt = now;
    }

    /**
     * {@code UNDER_RECHECK → REVOKED} (第十九条), with the first year whose tax benefits are clawed back; that year lies
     * within the validity. The ground must be backed by what the bureau holds: MISSING_ANNUAL_REPORTS by at least two
     * missing annual reports, MAJOR_INCIDENT by a major incident recorded during the validity, UNREPORTED_CHANGE by a
     * change reported late. FRAUD rests on the officer's reasoning.
     */
    public void revoke(RevocationGround ground, String reason, int clawbackFrom, RevocationRecords records,
            LocalDate today, OffsetDateTime now) {
        if (status != CertificationStatus.UNDER_RECHECK) {
            throw illegal(REVOKE);
        }
        if (clawbackFrom < validFrom.getYear() || clawbackFrom > validTo.getYear()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "clawbackFromYear",
                    "must lie within the validity years " + validFrom.getYear() + "–" + validTo.getYear(),
                    clawbackFrom);
        }
        switch (ground) {
            case MISSING_ANNUAL_REPORTS -> {
                int missing = missingAnnualReports(today).size();
                if (missing < MISSING_REPORTS_FOR_REVOCATION) {
                    throw new BusinessRuleException("REVOCATION_GROUND_NOT_MET", ground.name(),
                            String.valueOf(missing));
                }
            }
            case MAJOR_INCIDENT -> {
                if (records.majorIncidents() == 0) {
                    throw new BusinessRuleException("REVOCATION_INCIDENT_NOT_RECORDED", uscc, validFrom,
                            incidentWindowEnd(today));
                }
            }
            case UNREPORTED_CHANGE -> {
                if (records.lateChangeReports() == 0) {
                    throw new BusinessRuleException("REVOCATION_CHANGE_NOT_LATE");
                }
            }
            case FRAUD -> {
                // judged by the officer on the re-check's findings; nothing the bureau holds proves or disproves it
            }
        }
        status = CertificationStatus.REVOKED;
        revocationGround = ground;
        revocationReason = reason;
        clawbackFromYear = clawbackFrom;
        revokedOn = today;
        updatedAt = now;
    }

    /** The last day a major incident counts against this certificate when revoked on {@code today}. */
    public LocalDate incidentWindowEnd(LocalDate today) {
        return today.isBefore(validTo) ? today : validTo;
    }

    /** Whether the validity ended before {@code today} while active: the expiry job's condition. */
    public boolean isDueForExpiry(LocalDate today) {
        return status == CertificationStatus.ACTIVE && validTo.isBefore(today);
    }

    /** {@code ACTIVE → EXPIRED}, once the validity has ended. */
    public void expire(LocalDate today, OffsetDateTime now) {
        if (!isDueForExpiry(today)) {
            throw new IllegalStateException("certificate " + id + " is not due for expiry: " + status + " to "
                    + validTo);
        }
        status = CertificationStatus.EXPIRED;
        expiredOn = today;
        updatedAt = now;
    }

    public List<String> allowedActions() {
        List<String> actions = new ArrayList<>();
        if (isCertified()) {
            if (annualReportRequired) {
                actions.add(ANNUAL_REPORT);
            }
            actions.add(CHANGE_REPORT);
        }
        if (status == CertificationStatus.ACTIVE) {
            actions.add(RECHECK);
        } else if (status == CertificationStatus.UNDER_RECHECK) {
            actions.add(CLEAR);
            actions.add(REVOKE);
        }
        return actions;
    }

    private void requireCertified(String action) {
        if (!isCertified()) {
            throw illegal(action);
        }
    }

    private IllegalTransitionException illegal(String action) {
        return new IllegalTransitionException(ILLEGAL_TRANSITION, action, status, allowedActions());
    }

    public UUID id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String certificationType() {
        return certificationType;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public CertificationStatus status() {
        return status;
    }

    public String region() {
        return region;
    }

    public CertificationOrigin origin() {
        return origin;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public boolean annualReportRequired() {
        return annualReportRequired;
    }

    /** The years whose annual report was filed, ascending. */
    public List<Integer> annualReportYears() {
        return List.of(annualReportYears);
    }

    public String recheckReason() {
        return recheckReason;
    }

    public LocalDate recheckStartedOn() {
        return recheckStartedOn;
    }

    public LocalDate recheckClearedOn() {
        return recheckClearedOn;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }

    public RevocationGround revocationGround() {
        return revocationGround;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public Integer clawbackFromYear() {
        return clawbackFromYear;
    }

    public LocalDate expiredOn() {
        return expiredOn;
    }

    public String holderName() {
        return holderName;
    }

    public byte[] verificationSalt() {
        return verificationSalt.clone();
    }

    public long version() {
        return version;
    }
}

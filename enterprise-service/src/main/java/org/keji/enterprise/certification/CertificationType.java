package org.keji.enterprise.certification;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.cases.CaseLimits;
import org.keji.commons.problem.BusinessRuleException;

/**
 * A kind of certification the bureau handles (高新技术企业, 科技型中小企业, a local type such as 科技小巨人), with the
 * numbers of its procedure. Types are data: a new local type is a row and a rule set, not code.
 */
@Entity
@Table(name = "certification_type")
public class CertificationType {

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificationLevel level;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "publicity_working_days", nullable = false)
    private int publicityWorkingDays;

    @Column(name = "promised_working_days", nullable = false)
    private int promisedWorkingDays;

    @Column(name = "legal_working_days", nullable = false)
    private int legalWorkingDays;

    @Column(name = "annual_report_required", nullable = false)
    private boolean annualReportRequired;

    protected CertificationType() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public CertificationLevel level() {
        return level;
    }

    /** The code of the matter (事项编码) in the government service catalogue; on every case of this type. */
    public String matterCode() {
        return matterCode;
    }

    public int validityYears() {
        return validityYears;
    }

    /** The last day of a certificate of this type valid from {@code validFrom}: its validity years, less a day. */
    public LocalDate validTo(LocalDate validFrom) {
        return Certification.validTo(validFrom, validityYears);
    }

    /**
     * The last day of validity of a certificate entered from before (HNTE: three years, 第十五条): the type's, and a
     * {@code claimed} one only if it is the same day.
     *
     * @throws BusinessRuleException {@code VALIDITY_NOT_OF_TYPE} if {@code claimed} is another day
     */
    public LocalDate validTo(LocalDate validFrom, LocalDate claimed) {
        LocalDate validTo = validTo(validFrom);
        if (claimed != null && !claimed.equals(validTo)) {
            throw new BusinessRuleException("VALIDITY_NOT_OF_TYPE", code, validFrom, validTo, validityYears);
        }
        return validTo;
    }

    public int publicityWorkingDays() {
        return publicityWorkingDays;
    }

    public int promisedWorkingDays() {
        return promisedWorkingDays;
    }

    public int legalWorkingDays() {
        return legalWorkingDays;
    }

    /** The time limits of an application of this type. */
    public CaseLimits limits() {
        return new CaseLimits(promisedWorkingDays, legalWorkingDays);
    }

    public boolean annualReportRequired() {
        return annualReportRequired;
    }
}

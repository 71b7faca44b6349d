package org.keji.enterprise.eligibility;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.ip.IpClass;
import org.keji.enterprise.certification.CertificationRepository;
import org.keji.enterprise.compliance.ViolationKind;
import org.keji.enterprise.compliance.ViolationRepository;
import org.keji.enterprise.figures.YearlyFiguresRepository;
import org.keji.enterprise.ipholding.IpHoldingRepository;
import org.keji.enterprise.registry.Enterprise;

/**
 * Gathers the facts of an evaluation from what the bureau already holds: the registry, yearly figures, the IP holdings
 * replica, violation records and certificates. Nothing is asked of the applicant again.
 */
@ApplicationScoped
public class FactsCollector {

    /** The violations that count as major safety, quality or environment incidents. */
    static final List<ViolationKind> INCIDENT_KINDS = List.of(ViolationKind.SAFETY, ViolationKind.QUALITY,
            ViolationKind.ENVIRONMENT);

    private final YearlyFiguresRepository figures;
    private final IpHoldingRepository holdings;
    private final ViolationRepository violations;
    private final CertificationRepository certifications;

    public FactsCollector(YearlyFiguresRepository figures, IpHoldingRepository holdings,
            ViolationRepository violations, CertificationRepository certifications) {
        this.figures = figures;
        this.holdings = holdings;
        this.violations = violations;
        this.certifications = certifications;
    }

    public Facts collect(Enterprise enterprise, int year, LocalDate asOf) {
        String uscc = enterprise.uscc();
        return new Facts(uscc, year, asOf, enterprise.registrationDate(),
                figures.between(uscc, year - 3, year - 1),
                holdings.countHeld(uscc, IpClass.CLASS_I, asOf),
                holdings.countHeld(uscc, IpClass.CLASS_II, asOf),
                violations.countMajor(uscc, INCIDENT_KINDS, asOf.minusYears(1), asOf),
                violations.countMajor(uscc, INCIDENT_KINDS, LocalDate.of(year - 1, 1, 1), asOf),
                violations.countListed(uscc, asOf),
                certifications.validTypes(uscc, asOf));
    }
}

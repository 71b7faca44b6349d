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
                violations.countMajor(uscc, ViolationKind.INCIDENTS, asOf.minusYears(1), asOf),
                violations.countMajor(uscc, ViolationKind.INCIDENTS, LocalDate.of(year - 1, 1, 1), asOf),
                violations.countListed(uscc, asOf),
                violations.countMajor(uscc, List.of(ViolationKind.RESEARCH_DISHONESTY), LocalDate.of(year - 1, 1, 1),
                        asOf),
                certifications.validTypes(uscc, asOf));
    }
}

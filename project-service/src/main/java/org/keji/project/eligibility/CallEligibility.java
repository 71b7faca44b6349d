package org.keji.project.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.web.JsonColumns;
import org.keji.project.call.ProjectCall;
import org.keji.project.replica.CertificationReplica;
import org.keji.project.replica.CertificationReplica.HeldCertificate;
import org.keji.project.replica.EnterpriseReplica;
import org.keji.project.replica.EnterpriseReplicaRepository;
import org.keji.project.replica.ViolationReplica;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an enterprise against a call's eligibility from project-service's own replica of the bureau's data, never by
 * asking enterprise-service or the applicant (最多跑一次). Every failing condition is named, each in its own failure:
 * <ul>
 * <li>{@code ENTERPRISE_UNKNOWN}: the enterprise has not reached the replica (alone: nothing else can be checked);
 * <li>{@code REGION_NOT_ELIGIBLE}: its region starts with none of the call's prefixes;
 * <li>{@code REGISTERED_TOO_RECENTLY}: registered fewer than the call's months before the day;
 * <li>{@code REQUIRED_CERTIFICATION_MISSING}: one per required type without a certificate ACTIVE and valid on the
 * day ({@code actual} names the status of the latest one held, or {@code NONE});
 * <li>{@code VIOLATION_RECORDED}: when the call refuses violations, one per record barring the enterprise on the day
 * ({@link ViolationReplica#MAJOR_LOOKBACK_YEARS}): {@code actual} names its kind, severity and date.
 * </ul>
 * One query per kind of data: the enterprise, its certificates of the required types, its barring records.
 */
@ApplicationScoped
public class CallEligibility {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EnterpriseReplicaRepository replicas;
    private final CertificationReplica certifications;
    private final ViolationReplica violations;
    private final ObjectMapper json;

    public CallEligibility(EnterpriseReplicaRepository replicas, CertificationReplica certifications,
            ViolationReplica violations, ObjectMapper json) {
        this.replicas = replicas;
        this.certifications = certifications;
        this.violations = violations;
        this.json = json;
    }

    /** The conditions of {@code call} that {@code uscc} fails on {@code on}; empty when eligible. */
    public List<EligibilityFailure> failures(ProjectCall call, String uscc, LocalDate on) {
        EnterpriseReplica enterprise = replicas.findByIdOptional(uscc).orElse(null);
        if (enterprise == null) {
            return List.of(new EligibilityFailure("ENTERPRISE_UNKNOWN", "registered", null));
        }
        List<EligibilityFailure> failures = new ArrayList<>();
        List<String> regions = strings(call.eligibleRegionsJson());
        if (!regions.isEmpty() && regions.stream().noneMatch(enterprise.region()::startsWith)) {
            failures.add(new EligibilityFailure("REGION_NOT_ELIGIBLE", String.join(",", regions),
                    enterprise.region()));
        }
        Integer months = call.minRegistrationMonths();
        if (months != null && enterprise.registrationDate().plusMonths(months).isAfter(on)) {
            failures.add(new EligibilityFailure("REGISTERED_TOO_RECENTLY", months + " months",
                    enterprise.registrationDate().toString()));
        }
        List<String> required = strings(call.requiredCertificationsJson());
        List<HeldCertificate> held = certifications.of(uscc, required);
        for (String type : required) {
            List<HeldCertificate> ofType = held.stream().filter(certificate -> certificate.type().equals(type))
                    .toList();
            if (ofType.stream().noneMatch(certificate -> certificate.heldOn(on))) {
                failures.add(new EligibilityFailure("REQUIRED_CERTIFICATION_MISSING", type, latest(ofType, on)));
            }
        }
        if (call.refuseViolations()) {
            for (ViolationReplica.Record record : violations.barring(uscc, on)) {
                failures.add(new EligibilityFailure("VIOLATION_RECORDED",
                        "no dishonesty listing in force, no major violation within "
                                + ViolationReplica.MAJOR_LOOKBACK_YEARS + " years",
                        record.kind() + " " + record.severity() + " " + record.occurredOn()
                                + (record.listedUntil() == null ? "" : " listed until " + record.listedUntil())));
            }
        }
        return failures;
    }

    /** What the bureau holds of a required type not held on {@code on}: e.g. {@code REVOKED 2026-05-01}, or NONE. */
    private static String latest(List<HeldCertificate> ofType, LocalDate on) {
        return ofType.stream()
                .max(Comparator.comparing(HeldCertificate::validTo, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(certificate -> switch (certificate.status()) {
                    case "ACTIVE" -> "NOT_VALID_ON " + on;
                    default -> certificate.status() + " " + certificate.statusOn();
                }).orElse("NONE");
    }

    private List<String> strings(String array) {
        return JsonColumns.read(json, array, STRINGS);
    }
}

package org.keji.project.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.project.call.ProjectCall;
import org.keji.project.replica.EnterpriseReplica;
import org.keji.project.replica.EnterpriseReplicaRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an enterprise against a call's eligibility from project-service's own replica of the bureau's data, never by
 * asking enterprise-service or the applicant (最多跑一次). Every failing condition is named.
 */
@ApplicationScoped
public class CallEligibility {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EnterpriseReplicaRepository replicas;
    private final ObjectMapper json;

    public CallEligibility(EnterpriseReplicaRepository replicas, ObjectMapper json) {
        this.replicas = replicas;
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
        return failures;
    }

    private List<String> strings(String array) {
        try {
            return json.readValue(array, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("call eligibility is not a JSON array of strings: " + array, e);
        }
    }
}

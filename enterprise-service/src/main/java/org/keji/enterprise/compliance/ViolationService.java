package org.keji.enterprise.compliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.ViolationRecorded;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.enterprise.compliance.dto.RecordViolationRequest;
import org.keji.enterprise.compliance.dto.ViolationView;
import org.keji.enterprise.registry.EnterpriseRepository;

@ApplicationScoped
public class ViolationService {

    private final ViolationRepository violations;
    private final EnterpriseRepository enterprises;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ViolationService(ViolationRepository violations, EnterpriseRepository enterprises, Outbox outbox,
            Caller caller, Clock clock) {
        this.violations = violations;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ViolationView record(String uscc, RecordViolationRequest request) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        if (!enterprises.existsByUscc(uscc)) {
            throw notFound(uscc);
        }
        if (request.listedUntil() != null && (request.kind() != ViolationKind.DISHONESTY
                || request.listedUntil().isBefore(request.occurredOn()))) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "listedUntil",
                    "only a DISHONESTY listing has an end, on or after occurredOn", request.listedUntil());
        }
        Violation violation = Violation.record(uscc, request.kind(), request.severity(), request.occurredOn(),
                request.authority().strip(), request.description().strip(), request.listedUntil(), caller.name(),
                OffsetDateTime.now(clock));
        violations.persist(violation);
        outbox.publish(new ViolationRecorded(violation.id(), uscc, violation.kind().name(),
                violation.severity().name(), violation.occurredOn(), violation.listedUntil()));
        return ViolationView.of(violation);
    }

    public List<ViolationView> list(String uscc) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        if (!enterprises.existsByUscc(uscc)) {
            throw notFound(uscc);
        }
        return violations.listByUscc(uscc).stream().map(ViolationView::of).toList();
    }

    public ViolationView get(String uscc, UUID id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("VIOLATION_NOT_FOUND", id);
        caller.requireEnterprise(uscc, notFound);
        return violations.findByIdOptional(id).filter(v -> v.uscc().equals(uscc)).map(ViolationView::of)
                .orElseThrow(notFound);
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

package org.keji.enterprise.registry;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.ProblemException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.enterprise.registry.dto.EnterpriseView;
import org.keji.enterprise.registry.dto.RegisterEnterpriseRequest;

@ApplicationScoped
public class EnterpriseService {

    private final EnterpriseRepository enterprises;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public EnterpriseService(EnterpriseRepository enterprises, Outbox outbox, Caller caller, Clock clock) {
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public EnterpriseView register(RegisterEnterpriseRequest request) {
        if (caller.is(Roles.APPLICANT) && !request.uscc().equals(caller.uscc().orElse(null))) {
            throw new ProblemException(403, "ENTERPRISE_NOT_OWN", caller.uscc().orElse("-"));
        }
        if (enterprises.existsByUscc(request.uscc())) {
            throw new ConflictException("ENTERPRISE_ALREADY_REGISTERED", request.uscc());
        }
        Enterprise enterprise = Enterprise.register(request.uscc(), request.name().strip(), request.region(),
                request.registrationDate(), OffsetDateTime.now(clock));
        enterprises.persist(enterprise);
        outbox.publish(new EnterpriseRegistered(enterprise.uscc(), enterprise.name(), enterprise.region(),
                enterprise.registrationDate()));
        return EnterpriseView.of(enterprise);
    }

    public EnterpriseView get(String uscc) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        return enterprises.findByUscc(uscc).map(EnterpriseView::of).orElseThrow(() -> notFound(uscc));
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

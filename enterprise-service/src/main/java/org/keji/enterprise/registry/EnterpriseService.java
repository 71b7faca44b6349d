package org.keji.enterprise.registry;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.commons.event.enterprise.EnterpriseUpdated;
import org.keji.commons.identifier.Uscc;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.ProblemException;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.registry.dto.EnterpriseView;
import org.keji.enterprise.registry.dto.RegisterEnterpriseRequest;
import org.keji.enterprise.registry.dto.UpdateEnterpriseRequest;

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

    /**
     * Enters an enterprise and publishes {@code keji.enterprise.registered.v1}. A code that fails only its check
     * character (a real early pilot code) is entered when an officer or admin sends an override with a reason, which is
     * recorded with who and when (DOMAIN.md); any other caller sending an override is refused.
     */
    @Transactional
    public EnterpriseView register(RegisterEnterpriseRequest request) {
        if (request.checkDigitOverride() != null && !caller.is(Roles.OFFICER) && !caller.is(Roles.ADMIN)) {
            throw new ProblemException(403, "CHECK_DIGIT_OVERRIDE_NOT_ALLOWED");
        }
        if (caller.is(Roles.APPLICANT) && !request.uscc().equals(caller.uscc().orElse(null))) {
            throw new ProblemException(403, "ENTERPRISE_NOT_OWN", caller.uscc().orElse("-"));
        }
        caller.requireRegion(request.region());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Enterprise enterprise = Enterprise.register(request.uscc(), request.name().strip(), request.region(),
                request.industry(), request.registrationDate(), now);
        EnterpriseRegistered.CheckDigitOverride override = null;
        // an override of a code that passes its check overrides nothing and is not recorded
        if (request.checkDigitOverride() != null && !Uscc.hasValidCheckCharacter(request.uscc())) {
            enterprise.acceptFailedCheckCharacter(caller.name(), request.checkDigitOverride().reason().strip(), now);
            override = new EnterpriseRegistered.CheckDigitOverride(enterprise.checkDigitOverrideBy(),
                    enterprise.checkDigitOverrideReason());
        }
        // the INSERT finds a registered code itself (unique constraint): no SELECT before it
        UniqueInserts.insert(() -> {
            enterprises.persist(enterprise);
            enterprises.flush();
        }, Enterprise.USCC_UNIQUE, () -> new ConflictException("ENTERPRISE_ALREADY_REGISTERED", request.uscc()));
        outbox.publish(new EnterpriseRegistered(enterprise.uscc(), enterprise.name(), enterprise.region(),
                enterprise.industry(), enterprise.registrationDate(), override));
        return EnterpriseView.of(enterprise);
    }

    /**
     * Replaces the registration data of an enterprise, provided the change is based on its current version, and
     * publishes {@code keji.enterprise.updated.v1}.
     */
    @Transactional
    public EnterpriseView update(String uscc, String ifMatch, UpdateEnterpriseRequest request) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        Enterprise enterprise = enterprises.findByUscc(uscc).orElseThrow(() -> notFound(uscc));
        caller.requireRegion(request.region());
        EntityVersions.check(ifMatch, request.version(), enterprise.version());
        enterprise.update(request.name().strip(), request.region(), request.industry(),
                request.registrationDate(), OffsetDateTime.now(clock));
        // the version is raised at flush; the response and the event carry the new one
        enterprises.flush();
        outbox.publish(new EnterpriseUpdated(enterprise.uscc(), enterprise.name(), enterprise.region(),
                enterprise.industry(), enterprise.registrationDate(), enterprise.version()));
        return EnterpriseView.of(enterprise);
    }

    public EnterpriseView get(String uscc) {
        Enterprise enterprise = enterprises.findByUscc(uscc).orElseThrow(() -> notFound(uscc));
        caller.requireEnterprise(uscc, enterprise.region(), () -> notFound(uscc));
        return EnterpriseView.of(enterprise);
    }

    /**
     * A page of the registry, for bureau roles (an applicant reads its own enterprise by its code); an officer's within
     * its regions.
     */
    public Page<EnterpriseView> search(EnterpriseFilter filter, PageQuery query) {
        return enterprises.search(filter, caller.officerRegions().orElse(null), query).map(EnterpriseView::of);
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

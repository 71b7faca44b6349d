package org.keji.commons.cases;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.cases.CaseClosed;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.cases.CasePaused;
import org.keji.commons.event.cases.CaseResumed;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;

import io.quarkus.arc.Arc;

/**
 * Publishes the case events of {@link org.keji.commons.event.cases} through the service's own {@link Outbox}, in the
 * caller's transaction (there must be one), keyed by the tracking number. Call it once per state change of a case,
 * after the change, with the case's clock as it is now. The producing service is the application name (as in the
 * outbox's CloudEvents source); the actor is given by role only.
 */
@ApplicationScoped
public class CaseEvents {

    /** The actor role of a change made outside a request, e.g. by a consumer or a scheduled job. */
    public static final String SYSTEM = "system";

    /** The role named when a caller has several: the one with the widest powers first. */
    static final List<String> ROLE_PRECEDENCE = List.of(Roles.ADMIN, Roles.OFFICER, Roles.INTEGRATION, Roles.EXPERT,
            Roles.BANK, Roles.APPLICANT);

    private final Outbox outbox;
    private final Caller caller;
    private final String service;

    public CaseEvents(Outbox outbox, Caller caller, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.outbox = outbox;
        this.caller = caller;
        this.service = service;
    }

    /** {@code keji.case.opened.v1}: the case is open and its clock runs. */
    public CloudEvent opened(CaseReference reference, CaseClock clock, String status) {
        return outbox.publish(new CaseOpened(reference.trackingNumber(), reference.matterCode(), reference.uscc(),
                service, status, clock.promisedDueOn(), clock.promisedDueOnProvisional(), clock.legalDueOn(),
                clock.legalDueOnProvisional(), actorRole(), clock.submittedOn(), clock.promisedLimit(),
                clock.legalLimit()));
    }

    /**
     * {@code keji.case.status-changed.v1}: the case moved on in the service's procedure, or (with the same status) its
     * due dates were counted again.
     */
    public CloudEvent statusChanged(CaseReference reference, CaseClock clock, String status, String previousStatus) {
        return outbox.publish(new CaseStatusChanged(reference.trackingNumber(), reference.matterCode(),
                reference.uscc(), service, status, clock.promisedDueOn(), clock.promisedDueOnProvisional(),
                clock.legalDueOn(), clock.legalDueOnProvisional(), actorRole(), previousStatus));
    }

    /**
     * Counts the due dates of each of {@code cases} again on {@code calendar} ({@link OpenCase#recomputeDueDates}) and
     * publishes {@link #statusChanged} (same status, new dates) for each case whose dates changed.
     *
     * @return how many cases changed
     */
    public int recounted(List<? extends OpenCase> cases, WorkingDayCalendar calendar) {
        int changed = 0;
        for (OpenCase recounted : cases) {
            if (recounted.recomputeDueDates(calendar)) {
                String status = recounted.status().name();
                statusChanged(recounted.reference(), recounted.clock(), status, status);
                changed++;
            }
        }
        return changed;
    }

    /** {@code keji.case.paused.v1}: a correction is awaited; call it after {@link CaseClock#pause}. */
    public CloudEvent paused(CaseReference reference, CaseClock clock, String status, String previousStatus) {
        return outbox.publish(new CasePaused(reference.trackingNumber(), reference.matterCode(), reference.uscc(),
                service, status, clock.promisedDueOn(), clock.promisedDueOnProvisional(), clock.legalDueOn(),
                clock.legalDueOnProvisional(), actorRole(), previousStatus, clock.pausedSince()));
    }

    /** {@code keji.case.resumed.v1}: the clock runs again; call it after {@link CaseClock#resume}. */
    public CloudEvent resumed(CaseReference reference, CaseClock clock, String status, String previousStatus) {
        return outbox.publish(new CaseResumed(reference.trackingNumber(), reference.matterCode(), reference.uscc(),
                service, status, clock.promisedDueOn(), clock.promisedDueOnProvisional(), clock.legalDueOn(),
                clock.legalDueOnProvisional(), actorRole(), previousStatus, clock.pausedWorkingDays()));
    }

    /** {@code keji.case.closed.v1}: the case ended; call it after {@link CaseClock#close}. */
    public CloudEvent closed(CaseReference reference, CaseClock clock, String status, String previousStatus,
            CaseOutcome outcome) {
        return outbox.publish(new CaseClosed(reference.trackingNumber(), reference.matterCode(), reference.uscc(),
                service, status, clock.promisedDueOn(), clock.promisedDueOnProvisional(), clock.legalDueOn(),
                clock.legalDueOnProvisional(), actorRole(), previousStatus, clock.closedOn(), outcome,
                clock.pausedWorkingDays()));
    }

    /** The caller's role with the widest powers, or {@link #SYSTEM} outside a request or without a known role. */
    private String actorRole() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        return actorRole(caller::is);
    }

    /** The first role of {@link #ROLE_PRECEDENCE} the caller has, else {@link #SYSTEM}. */
    static String actorRole(Predicate<String> hasRole) {
        return ROLE_PRECEDENCE.stream().filter(hasRole).findFirst().orElse(SYSTEM);
    }
}

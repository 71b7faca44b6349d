package org.keji.project.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.cases.CaseEvents;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.project.ProjectStatusChanged;
import org.keji.commons.outbox.Outbox;

/**
 * Publishes what a move of an application says, through the outbox in the transaction of the move: the domain event
 * {@code keji.project.status-changed.v1} for every move, and the case events of the application's case (办件), which
 * opens at submission, pauses while a correction is awaited and closes at the funding decision (approved, not funded,
 * ineligible) or withdrawal. Later moves of a funded project keep the tracking number in their domain events.
 */
@ApplicationScoped
public class ProjectMoves {

    private final CaseEvents cases;
    private final Outbox outbox;

    public ProjectMoves(CaseEvents cases, Outbox outbox) {
        this.cases = cases;
        this.outbox = outbox;
    }

    /** Call after each state-changing method of {@link ProjectApplication}, with the state before it. */
    public void moved(ProjectApplication application, ProjectStatus previous, String action, LocalDate today) {
        outbox.publish(new ProjectStatusChanged(application.id().toString(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.callId().toString(), application.region(),
                application.status().name(), previous.name(), action, today));
        caseEvent(application, previous);
    }

    private void caseEvent(ProjectApplication application, ProjectStatus previous) {
        if (application.clock() == null) {
            return; // a draft withdrawn: no case was opened
        }
        String status = application.status().name();
        switch (application.status()) {
            case SUBMITTED -> {
                if (previous == ProjectStatus.DRAFT) {
                    cases.opened(application.reference(), application.clock(), status);
                } else {
                    cases.resumed(application.reference(), application.clock(), status, previous.name());
                }
            }
            case CORRECTION_REQUESTED ->
                cases.paused(application.reference(), application.clock(), status, previous.name());
            case APPROVED -> closed(application, previous, CaseOutcome.APPROVED);
            case NOT_FUNDED, INELIGIBLE -> closed(application, previous, CaseOutcome.REFUSED);
            case WITHDRAWN -> closed(application, previous, CaseOutcome.WITHDRAWN);
            default -> {
                if (!application.clock().closed()) {
                    cases.statusChanged(application.reference(), application.clock(), status, previous.name());
                }
            }
        }
    }

    private void closed(ProjectApplication application, ProjectStatus previous, CaseOutcome outcome) {
        cases.closed(application.reference(), application.clock(), application.status().name(), previous.name(),
                outcome);
    }
}

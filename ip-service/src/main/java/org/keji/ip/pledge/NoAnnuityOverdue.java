package org.keji.ip.pledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * SEAM FOR THE INTEGRATOR: answers "no patent overdue" until the annuity payments feature
 * ({@code org.keji.ip.annuity.AnnuityStanding}) is on this branch; then a bean implementing {@link AnnuityOverdue} by
 * asking {@code AnnuityStanding} replaces this default (being a {@link DefaultBean}, any other bean of the type wins).
 */
@ApplicationScoped
@DefaultBean
public class NoAnnuityOverdue implements AnnuityOverdue {

    private static final Logger LOG = Logger.getLogger(NoAnnuityOverdue.class);

    @Override
    public Set<UUID> overdue(Collection<UUID> patentIds, LocalDate day) {
        LOG.debugf("annuity standing not connected: %d patents taken as not overdue", patentIds.size());
        return Set.of();
    }
}

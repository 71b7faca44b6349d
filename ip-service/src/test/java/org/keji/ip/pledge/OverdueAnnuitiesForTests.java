package org.keji.ip.pledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.test.Mock;

/**
 * Stands in for ANOTHER FEATURE, the annuity payments' {@code AnnuityStanding} (not on this branch): the patents a
 * test marks overdue are overdue on every day, every other patent is not. Never our database or broker.
 */
@Mock
@ApplicationScoped
public class OverdueAnnuitiesForTests implements AnnuityOverdue {

    private final Set<UUID> overdue = ConcurrentHashMap.newKeySet();

    /** Marks the patent as having an annuity due and unpaid. */
    public void markOverdue(UUID patentId) {
        overdue.add(patentId);
    }

    @Override
    public Set<UUID> overdue(Collection<UUID> patentIds, LocalDate day) {
        return patentIds.stream().filter(overdue::contains).collect(Collectors.toSet());
    }
}

package org.keji.ip.dispute;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MediationSessionRepository implements PanacheRepositoryBase<MediationSession, UUID> {

    public List<MediationSession> of(UUID disputeId) {
        return list("disputeId", Sort.by("heldOn").and("recordedAt"), disputeId);
    }
}

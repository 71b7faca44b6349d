package org.keji.project.replica;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.security.EnterpriseReach;

/**
 * What project-service knows for {@link org.keji.commons.security.Caller}: an enterprise's region from the replica of
 * the registry. No expert is assigned to a case here yet and no enterprise applies to a bank here.
 */
@ApplicationScoped
public class ReplicaReach implements EnterpriseReach {

    private final EnterpriseReplicaRepository replicas;

    public ReplicaReach(EnterpriseReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public Optional<String> region(String uscc) {
        return replicas.findByIdOptional(uscc).map(EnterpriseReplica::region);
    }
}

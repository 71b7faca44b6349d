package org.keji.project.replica;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.security.EnterpriseReach;
import org.keji.project.expert.AssignmentRepository;

/**
 * What project-service knows for {@link org.keji.commons.security.Caller}: an enterprise's region from the replica of
 * the registry, and whether an expert is assigned to a running application of an enterprise. No enterprise applies to a
 * bank here.
 */
@ApplicationScoped
public class ReplicaReach implements EnterpriseReach {

    private final EnterpriseReplicaRepository replicas;
    private final AssignmentRepository assignments;

    public ReplicaReach(EnterpriseReplicaRepository replicas, AssignmentRepository assignments) {
        this.replicas = replicas;
        this.assignments = assignments;
    }

    @Override
    public Optional<String> region(String uscc) {
        return replicas.findByIdOptional(uscc).map(EnterpriseReplica::region);
    }

    /** A standing (not declined) assignment of the expert on a running application of the enterprise. */
    @Override
    public boolean expertAssigned(String expert, String uscc) {
        return assignments.assigned(expert, uscc);
    }
}

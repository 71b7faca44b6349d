package org.keji.enterprise.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.security.EnterpriseReach;
import org.keji.enterprise.application.ExpertAssignmentRepository;
import org.keji.enterprise.registry.EnterpriseRepository;

/**
 * What enterprise-service knows for {@link org.keji.commons.security.Caller}: an enterprise's region from the registry,
 * an expert's reach from its assignments to open certification applications. No enterprise applies to a bank here
 * (loans are finance-service's): {@link #appliedToBank} keeps its answer "no", so a bank reaches no enterprise of this
 * service.
 */
@ApplicationScoped
public class RegistryReach implements EnterpriseReach {

    private final EnterpriseRepository enterprises;
    private final ExpertAssignmentRepository assignments;

    public RegistryReach(EnterpriseRepository enterprises, ExpertAssignmentRepository assignments) {
        this.enterprises = enterprises;
        this.assignments = assignments;
    }

    @Override
    public Optional<String> region(String uscc) {
        return enterprises.regionOf(uscc);
    }

    @Override
    public boolean expertAssigned(String expert, String uscc) {
        return assignments.assignedToOpenCase(expert, uscc);
    }
}

package org.keji.project.replica;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnterpriseReplicaRepository implements PanacheRepositoryBase<EnterpriseReplica, String> {
}

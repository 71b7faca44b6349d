package org.keji.ip.dispute;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DisputeMatterRepository implements PanacheRepositoryBase<DisputeMatter, DisputeCategory> {
}

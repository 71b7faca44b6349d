package org.keji.enterprise.incubator;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SeedFundPaymentRepository implements PanacheRepositoryBase<SeedFundPayment, UUID> {
}

package org.keji.enterprise.registry;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    public Optional<Enterprise> findByUscc(String uscc) {
        return find("uscc", uscc).firstResultOptional();
    }

    public boolean existsByUscc(String uscc) {
        return count("uscc", uscc) > 0;
    }
}

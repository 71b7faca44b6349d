package org.keji.enterprise.certification;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CertificationTypeRepository implements PanacheRepositoryBase<CertificationType, String> {

    public List<CertificationType> listAllByCode() {
        return listAll(Sort.ascending("code"));
    }

    public Set<String> codes() {
        return listAll().stream().map(CertificationType::code).collect(Collectors.toSet());
    }

    /** The type, locked until the transaction ends, so that writes numbering its rule sets queue up. */
    public Optional<CertificationType> lock(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}

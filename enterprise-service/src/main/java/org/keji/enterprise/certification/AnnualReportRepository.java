package org.keji.enterprise.certification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AnnualReportRepository implements PanacheRepositoryBase<AnnualReport, UUID> {

    /** The reports of a certificate by year (one a year of validity, so a handful). */
    public List<AnnualReport> listByCertification(UUID certificationId) {
        return list("certificationId", Sort.ascending("year"), certificationId);
    }
}

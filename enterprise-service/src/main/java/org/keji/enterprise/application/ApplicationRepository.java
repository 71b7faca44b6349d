package org.keji.enterprise.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<CertificationApplication, UUID> {

    /** The application, locked until the transaction ends: actions on one case queue behind each other. */
    public Optional<CertificationApplication> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CertificationApplication> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }

    public boolean hasOpen(String uscc, String certificationType) {
        return count("uscc = ?1 and certificationType = ?2 and status in ?3", uscc, certificationType,
                ApplicationStatus.OPEN) > 0;
    }

    /**
     * The open applications with a provisional due date that were submitted by the end of {@code year} (a later case
     * counts no day of it), locked until the transaction ends, in one query.
     */
    public List<CertificationApplication> lockOpenWithProvisionalDueDates(int year) {
        return find("(clock.promisedDueOnProvisional = true or clock.legalDueOnProvisional = true) and status in ?1 "
                + "and clock.submittedOn <= ?2 order by id", ApplicationStatus.OPEN, LocalDate.of(year, 12, 31))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Filtered by enterprise, status and type (null = any), or those assigned to an expert, of enterprises within
     * {@code regions} (null = every region).
     */
    public Page<CertificationApplication> search(String uscc, ApplicationStatus status, String certificationType,
            String assignedExpert, RegionReach regions, PageQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (regions != null && !regions.everywhere()) {
            where.append(" and uscc in (select e.uscc from Enterprise e where ")
                    .append(regions.condition("e.region", "reach")).append(")");
            parameters.and("reach", regions.parameterValue());
        }
        if (uscc != null) {
            where.append(" and uscc = :uscc");
            parameters.and("uscc", uscc);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (certificationType != null) {
            where.append(" and certificationType = :type");
            parameters.and("type", certificationType);
        }
        if (assignedExpert != null) {
            where.append(" and id in (select a.applicationId from ExpertAssignment a where a.expertId = :expert)");
            parameters.and("expert", assignedExpert);
        }
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        String field = "dueOn".equals(query.sortField()) ? "clock.promisedDueOn" : query.sortField();
        Sort sort = Sort.by(field, direction).and("id", direction);
        List<CertificationApplication> items = find(where.toString(), sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(where.toString(), parameters));
    }
}

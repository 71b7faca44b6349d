package org.keji.project.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.cases.CaseQueries;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProjectApplicationRepository implements PanacheRepositoryBase<ProjectApplication, UUID> {

    /** The application, locked until the transaction ends: actions on one case queue behind each other. */
    public Optional<ProjectApplication> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<ProjectApplication> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }

    /** The open cases with a provisional due date submitted by the end of {@code year}, locked ({@link CaseQueries}). */
    public List<ProjectApplication> lockOpenWithProvisionalDueDates(int year) {
        return CaseQueries.lockOpenWithProvisionalDueDates(getEntityManager(), ProjectApplication.class, year);
    }

    /** The next task contract number of {@code year}: {@code RW} + year + six digits. */
    public String nextContractNumber(int year) {
        Number next = (Number) getEntityManager().createNativeQuery("SELECT nextval('project_contract_number_seq')")
                .getSingleResult();
        return "RW%d%06d".formatted(year, next.longValue());
    }

    /** The criteria of a list; null = any. {@code year} is the call's. */
    public record Filter(ProjectStatus status, UUID callId, String uscc, Integer year, String regionPrefix,
            String trackingNumber) {
    }

    /** Filtered, within {@code reach} (null = every region), one query for the page and one for the count. */
    public Page<ProjectApplication> search(Filter filter, RegionReach reach, PageQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (reach != null && !reach.everywhere()) {
            where.append(" and ").append(reach.condition("region", "reach"));
            parameters.and("reach", reach.parameterValue());
        }
        if (filter.regionPrefix() != null) {
            where.append(" and region like :prefix");
            parameters.and("prefix", filter.regionPrefix() + "%");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.callId() != null) {
            where.append(" and callId = :call");
            parameters.and("call", filter.callId());
        }
        if (filter.uscc() != null) {
            where.append(" and uscc = :uscc");
            parameters.and("uscc", filter.uscc());
        }
        if (filter.year() != null) {
            where.append(" and callId in (select c.id from ProjectCall c where c.year = :year)");
            parameters.and("year", filter.year());
        }
        if (filter.trackingNumber() != null) {
            where.append(" and trackingNumber = :tracking");
            parameters.and("tracking", filter.trackingNumber());
        }
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        String field = "dueOn".equals(query.sortField()) ? "clock.promisedDueOn" : query.sortField();
        Sort sort = Sort.by(field, direction).and("id", direction);
        List<ProjectApplication> items = find(where.toString(), sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(where.toString(), parameters));
    }
}

package org.keji.ip.dispute;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<Dispute, UUID> {

    /** The filters of the list; null = any. */
    public record Filter(DisputeCategory category, DisputeKind kind, DisputeStatus status, String regionPrefix,
            Integer year, String applicationNumber, String requesterUscc, RegionReach reach) {
    }

    /** The case, locked until the transaction ends: actions on one case queue behind each other. */
    public Optional<Dispute> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The open cases submitted by the end of {@code year} whose case dates are provisional or whose step is due in or
     * after it, locked until the transaction ends, in one query.
     */
    public List<Dispute> lockOpenReaching(int year) {
        return find("status in ?1 and clock.submittedOn <= ?2 and (clock.promisedDueOnProvisional = true "
                + "or clock.legalDueOnProvisional = true or stepDueOn >= ?3) order by id", DisputeStatus.OPEN,
                LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Records the patents of a newly requested case. */
    public void addPatents(UUID disputeId, Collection<String> applicationNumbers) {
        links().add(disputeId, applicationNumbers);
    }

    /** The patents of each case, by case, in one query. */
    public Map<UUID, List<String>> patentsOf(Collection<UUID> disputeIds) {
        return links().of(disputeIds);
    }

    /** A page of cases matching the filter, newest first unless sorted otherwise. */
    public Page<Dispute> search(Filter filter, PageQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.reach() != null && !filter.reach().everywhere()) {
            where.append(" AND d.").append(filter.reach().condition("region", "reach"));
            parameters.put("reach", filter.reach().parameterValue());
        }
        if (filter.regionPrefix() != null) {
            where.append(" AND d.region LIKE :prefix");
            parameters.put("prefix", filter.regionPrefix() + "%");
        }
        if (filter.category() != null) {
            where.append(" AND d.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.kind() != null) {
            where.append(" AND d.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" AND d.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.year() != null) {
            where.append(" AND d.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.requesterUscc() != null) {
            where.append(" AND d.requester_uscc = :uscc");
            parameters.put("uscc", filter.requesterUscc());
        }
        if (filter.applicationNumber() != null) {
            where.append(links().hasPatent("d"));
            parameters.put("number", filter.applicationNumber());
        }
        String column = "stepDueOn".equals(query.sortField()) ? "d.step_due_on" : "d.created_at";
        String direction = query.ascending() ? " ASC" : " DESC";
        return PatentLinks.page(getEntityManager(), Dispute.class, "ip_dispute d", where.toString(), parameters,
                column + direction + " NULLS LAST, d.id" + direction, query);
    }

    private PatentLinks links() {
        return new PatentLinks(getEntityManager(), "ip_dispute_patent", "dispute_id");
    }
}

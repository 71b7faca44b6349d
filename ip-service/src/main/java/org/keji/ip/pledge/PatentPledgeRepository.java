package org.keji.ip.pledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
public class PatentPledgeRepository implements PanacheRepositoryBase<PatentPledge, UUID> {

    /** The pledge, locked until the transaction ends: actions on one case queue behind each other. */
    public Optional<PatentPledge> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The case of a saga request, locked until the transaction ends. */
    public Optional<PatentPledge> lockByRequestId(UUID requestId) {
        return find("requestId", requestId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Writes the pledge's patents, inactive, in the order requested. */
    public void addPatents(UUID pledgeId, List<String> applicationNumbers) {
        for (int i = 0; i < applicationNumbers.size(); i++) {
            getEntityManager().persist(PledgedPatent.of(pledgeId, i, applicationNumbers.get(i)));
        }
    }

    /**
     * Makes the pledge's patents pledged, at once (a bulk statement): a patent active in another pledge fails it on the
     * index {@link PatentPledge#ACTIVE_PATENT_UNIQUE}, after that pledge's transaction commits.
     */
    public void activate(UUID pledgeId) {
        getEntityManager().flush();
        getEntityManager().createQuery("update PledgedPatent set active = true where pledgeId = :id")
                .setParameter("id", pledgeId).executeUpdate();
    }

    /** The pledge's patents are no longer pledged. */
    public void deactivate(UUID pledgeId) {
        getEntityManager().createQuery("update PledgedPatent set active = false where pledgeId = :id")
                .setParameter("id", pledgeId).executeUpdate();
    }

    /** The application numbers of each given pledge, in the order requested, in one query. */
    public Map<UUID, List<String>> numbersOf(Collection<UUID> pledgeIds) {
        if (pledgeIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("from PledgedPatent where pledgeId in :ids order by pledgeId, position",
                PledgedPatent.class).setParameter("ids", pledgeIds).getResultStream()
                .collect(Collectors.groupingBy(PledgedPatent::pledgeId,
                        Collectors.mapping(PledgedPatent::applicationNumber, Collectors.toList())));
    }

    /** The registration number of the registered, unreleased pledge of each given patent that is in one. */
    public Map<String, String> activeRegistrations(Collection<String> applicationNumbers) {
        if (applicationNumbers.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select pp.applicationNumber, p.registrationNumber from PledgedPatent pp, "
                + "PatentPledge p where p.id = pp.pledgeId and pp.active = true and pp.applicationNumber in :numbers",
                Object[].class).setParameter("numbers", applicationNumbers).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** The next value of the registration-number sequence (unique, never reused). */
    public long nextRegistrationSequence() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('patent_pledge_registration_seq')")
                .getSingleResult()).longValue();
    }

    /** The open cases with a provisional due date submitted by the end of {@code year}, locked ({@link CaseQueries}). */
    public List<PatentPledge> lockOpenWithProvisionalDueDates(int year) {
        return CaseQueries.lockOpenWithProvisionalDueDates(getEntityManager(), PatentPledge.class, year);
    }

    /** The criteria of a list; null = any. */
    public record Filter(PledgeStatus status, String pledgorUscc, String bankId, String applicationNumber,
            String regionPrefix, Integer registeredYear) {
    }

    /** Filtered, within {@code reach} (null = every region). */
    public Page<PatentPledge> search(Filter filter, RegionReach reach, PageQuery query) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (reach != null && !reach.everywhere()) {
            where.add(reach.condition("region", "reach"));
            parameters.and("reach", reach.parameterValue());
        }
        if (filter.regionPrefix() != null) {
            where.add("region like :prefix");
            parameters.and("prefix", filter.regionPrefix() + "%");
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.pledgorUscc() != null) {
            where.add("pledgorUscc = :pledgor");
            parameters.and("pledgor", filter.pledgorUscc());
        }
        if (filter.bankId() != null) {
            where.add("pledgeeBankId = :bank");
            parameters.and("bank", filter.bankId());
        }
        if (filter.applicationNumber() != null) {
            where.add("exists (select 1 from PledgedPatent pp where pp.pledgeId = this.id and "
                    + "pp.applicationNumber = :number)");
            parameters.and("number", filter.applicationNumber());
        }
        if (filter.registeredYear() != null) {
            where.add("registeredYear = :year");
            parameters.and("year", filter.registeredYear());
        }
        String condition = String.join(" and ", where);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        String field = "dueOn".equals(query.sortField()) ? "clock.promisedDueOn" : query.sortField();
        Sort sort = Sort.by(field, direction).and("id", direction);
        List<PatentPledge> items = find(condition, sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(condition, parameters));
    }
}

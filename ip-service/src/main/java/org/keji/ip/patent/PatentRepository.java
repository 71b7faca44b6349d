package org.keji.ip.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PatentRepository implements PanacheRepositoryBase<Patent, UUID> {

    /** API sort field → entity attribute; each has an index that ends in the id, the tie-breaker. */
    static final Map<String, String> SORTABLE = Map.of("registeredAt", "registeredAt", "filingDate", "filingDate",
            "applicationNumber", "applicationNumber");

    public Optional<Patent> findByNumber(String applicationNumber) {
        return find("applicationNumber", applicationNumber).firstResultOptional();
    }

    /**
     * Inserts the patent unless its number is registered already, without failing the transaction on the duplicate
     * ({@code ON CONFLICT DO NOTHING}): an import writes its good items and reports the others. Same columns as the
     * entity.
     *
     * @return whether the row was inserted
     */
    public boolean insertIfAbsent(Patent p) {
        LegalStatus status = p.logStatus();
        return getEntityManager().createNativeQuery("""
                INSERT INTO patent (id, application_number, patent_type, title, ipc_main_class, ipc_classes, filing_date,
                    filing_year, region, inventors, term_ends_on, status, restored, transferred, invalidation_pending,
                    last_sequence, version, registered_by, registered_at)
                VALUES (:id, :number, :type, :title, :ipc, cast(:ipcClasses as jsonb), :filingDate, :filingYear,
                    :region, cast(:inventors as jsonb), :termEndsOn, :status, false, false, false, :lastSequence, 0,
                    :registeredBy, :registeredAt)
                ON CONFLICT (application_number) DO NOTHING""")
                .setParameter("id", p.id()).setParameter("number", p.applicationNumber())
                .setParameter("type", p.type().name()).setParameter("title", p.title())
                .setParameter("ipc", p.ipcMainClass()).setParameter("ipcClasses", p.ipcClasses())
                .setParameter("filingDate", p.filingDate()).setParameter("filingYear", p.filingDate().getYear())
                .setParameter("region", p.region()).setParameter("inventors", p.inventors())
                .setParameter("termEndsOn", p.termEndsOn()).setParameter("status", status.status().name())
                .setParameter("lastSequence", p.lastSequence()).setParameter("registeredBy", p.registeredBy())
                .setParameter("registeredAt", p.registeredAt()).executeUpdate() == 1;
    }

    /**
     * Claims up to {@code limit} patents granted as the log says whose term ended on or before {@code today} and whose
     * end was not published yet, locked until the transaction ends. Rows another transaction holds (another replica's
     * batch, an append) are skipped, and a row another batch marked meanwhile no longer matches, so each is claimed
     * once.
     */
    public List<Patent> claimTermExpired(LocalDate today, int limit) {
        List<?> ids = getEntityManager().createNativeQuery("""
                SELECT id FROM patent WHERE status = 'GRANTED' AND NOT term_expiry_published AND term_ends_on <= :today
                ORDER BY term_ends_on, id LIMIT :limit FOR UPDATE SKIP LOCKED""").setParameter("today", today)
                .setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", Sort.ascending("termEndsOn", "id"), ids);
    }

    /** Records that the term's end of these patents was published (no legal status: the version stays). */
    public void markTermExpiryPublished(Collection<UUID> ids) {
        getEntityManager().createNativeQuery("UPDATE patent SET term_expiry_published = true WHERE id IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }

    /** The ids of the registered numbers among {@code numbers}, by number. */
    public Map<String, UUID> idsByNumber(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return find("select p.applicationNumber, p.id from Patent p where p.applicationNumber in ?1", numbers)
                .project(Object[].class).list().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (UUID) row[1]));
    }

    /**
     * A page of patents matching {@code filter} within {@code regions} (null = every region) and, for an applicant, held
     * by {@code ownUscc}.
     */
    public Page<Patent> search(PatentFilter filter, RegionReach regions, String ownUscc, LocalDate today,
            PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (regions != null && !regions.everywhere()) {
            conditions.add(regions.condition("region", "reach"));
            parameters.and("reach", regions.parameterValue());
        }
        if (ownUscc != null) {
            conditions.add("exists (select 1 from PatentHolder o where o.patentId = this.id and o.uscc = :own)");
            parameters.and("own", ownUscc);
        }
        if (filter.holderUscc() != null) {
            conditions.add("exists (select 1 from PatentHolder h where h.patentId = this.id and h.uscc = :holder)");
            parameters.and("holder", filter.holderUscc());
        }
        if (filter.type() != null) {
            conditions.add("type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.status() != null) {
            // the term's end is applied as of today: a granted patent past it is LAPSED though the log says GRANTED
            conditions.add(switch (filter.status()) {
                case FILED -> "status = :filed";
                case GRANTED -> "status = :granted and termEndsOn > :today";
                case LAPSED -> "(status = :lapsed or (status = :granted and termEndsOn <= :today))";
            });
            switch (filter.status()) {
                case FILED -> parameters.and("filed", PatentStatus.FILED);
                case GRANTED -> parameters.and("granted", PatentStatus.GRANTED).and("today", today);
                case LAPSED -> parameters.and("lapsed", PatentStatus.LAPSED).and("granted", PatentStatus.GRANTED)
                        .and("today", today);
            }
        }
        if (filter.regionPrefix() != null) {
            conditions.add("region like :regionPrefix");
            parameters.and("regionPrefix", filter.regionPrefix() + "%");
        }
        if (filter.filingYear() != null) {
            conditions.add("filingYear = :filingYear");
            parameters.and("filingYear", filter.filingYear().shortValue());
        }
        if (filter.grantedYear() != null) {
            conditions.add("grantedOn between :grantedFrom and :grantedTo");
            parameters.and("grantedFrom", LocalDate.of(filter.grantedYear(), 1, 1)).and("grantedTo",
                    LocalDate.of(filter.grantedYear(), 12, 31));
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(SORTABLE.get(query.sortField()), direction).and("id", direction);
        var found = find(where, sort, parameters);
        List<Patent> items = found.range(query.offset(), query.offset() + query.size() - 1).list();
        long total = where.isEmpty() ? count() : count(where, parameters);
        return Page.of(items, query, total);
    }
}

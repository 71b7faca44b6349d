package org.keji.enterprise.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CertificationRepository implements PanacheRepositoryBase<Certification, UUID> {

    /** Certified: the statuses that are reported on, re-checked and monitored. */
    public static final List<CertificationStatus> CERTIFIED = List.of(CertificationStatus.ACTIVE,
            CertificationStatus.UNDER_RECHECK);

    private static final String CLAIM_DUE_FOR_EXPIRY = """
            SELECT id FROM certification WHERE status = 'ACTIVE' AND valid_to < :today
            ORDER BY valid_to, id LIMIT :limit FOR UPDATE SKIP LOCKED""";

    /** The certificate, locked until the transaction ends: actions on one certificate queue behind each other. */
    public Optional<Certification> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Claims up to {@code limit} active certificates whose validity ended before {@code today}, locked until the
     * transaction ends. Rows another transaction holds (another replica's batch, an officer's action) are skipped, and
     * a row another replica expired meanwhile no longer matches, so each certificate is claimed once.
     */
    public List<Certification> claimDueForExpiry(LocalDate today, int limit) {
        List<?> ids = getEntityManager().createNativeQuery(CLAIM_DUE_FOR_EXPIRY).setParameter("today", today)
                .setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", Sort.ascending("validTo", "id"), ids);
    }

    /** Up to {@code limit} certified certificates with an id after {@code after}, by id: one batch of a full pass. */
    public List<Certification> certifiedAfter(UUID after, int limit) {
        return find("status in ?1 and id > ?2", Sort.ascending("id"), CERTIFIED, after).page(0, limit).list();
    }

    /** API sort field → column; each has an index that ends in the id, the tie-breaker. */
    static final Map<String, String> SORTABLE = Map.of("validTo", "c.valid_to", "validFrom", "c.valid_from",
            "createdAt", "c.created_at");

    /** The statuses in which a certificate is valid between its first and last day. */
    public static final List<String> VALID_STATUSES = List.of(CertificationStatus.ACTIVE.name(),
            CertificationStatus.UNDER_RECHECK.name());

    /** The certificates of an enterprise, the latest first (a handful per enterprise). */
    public List<Certification> listByUscc(String uscc) {
        return list("uscc", Sort.descending("validFrom").and("id"), uscc);
    }

    /** The types of which the enterprise holds a certificate valid on {@code asOf} (active or under re-check). */
    public List<String> validTypes(String uscc, LocalDate asOf) {
        return getEntityManager().createQuery("select distinct c.certificationType from Certification c "
                + "where c.uscc = :uscc and c.status in :statuses and c.validFrom <= :asOf and c.validTo >= :asOf "
                + "order by c.certificationType", String.class)
                .setParameter("uscc", uscc)
                .setParameter("statuses", CERTIFIED)
                .setParameter("asOf", asOf).getResultList();
    }

    /**
     * The certificates with this number, whatever their type (a number is unique per type, so a handful at most; the
     * bound keeps a crafted number from costing more).
     */
    public List<Certification> listByNumber(String certificateNumber) {
        return find("certificateNumber", certificateNumber).range(0, 9).list();
    }

    public boolean numberTaken(String certificationType, String certificateNumber) {
        return count("certificationType = ?1 and certificateNumber = ?2", certificationType, certificateNumber) > 0;
    }

    /**
     * A page of certificates matching every filter, in the order asked for with the id as tie-breaker.
     * {@code validOn} and {@code expiringWithinDays} count from {@code today} when the filter names no day.
     */
    public Page<Certification> search(CertificationFilter filter, RegionReach regions, LocalDate today,
            PageQuery query) {
        SearchSql sql = searchSql(filter, regions, today, query);
        Query page = getEntityManager().createNativeQuery(sql.page(), Certification.class);
        sql.parameters().forEach(page::setParameter);
        page.setParameter("limit", query.size()).setParameter("offset", query.offset());
        Query count = getEntityManager().createNativeQuery(sql.count(), Long.class);
        sql.parameters().forEach(count::setParameter);
        @SuppressWarnings("unchecked")
        List<Certification> items = page.getResultList();
        return Page.of(items, query, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * The SQL of a search: a page ({@code :limit} and {@code :offset} still to bind) and its count, assembled from
     * fixed conditions and the column of a whitelisted sort; every value of the request is a parameter. Native SQL, so
     * the plan can be checked with {@code EXPLAIN} exactly as it runs.
     */
    SearchSql searchSql(CertificationFilter filter, LocalDate today, PageQuery query) {
        return searchSql(filter, null, today, query);
    }

    /** As {@link #searchSql(CertificationFilter, LocalDate, PageQuery)}, within {@code regions} (null = all). */
    SearchSql searchSql(CertificationFilter filter, RegionReach regions, LocalDate today, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (regions != null && !regions.everywhere()) {
            conditions.add(regions.condition("c.region", "reach"));
            parameters.put("reach", regions.parameterValue());
        }
        if (filter.certificationType() != null) {
            conditions.add("c.certification_type = :certificationType");
            parameters.put("certificationType", filter.certificationType());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.region() != null) {
            conditions.add(filter.region().condition("c.region", "region"));
            parameters.put("region", filter.region().parameterValue());
        }
        if (filter.uscc() != null) {
            conditions.add("c.uscc = :uscc");
            parameters.put("uscc", filter.uscc());
        }
        if (filter.validOn() != null || filter.expiringWithinDays() != null) {
            LocalDate day = filter.validOn() != null ? filter.validOn() : today;
            conditions.add("c.status IN (:validStatuses)");
            conditions.add("c.valid_from <= :validOn");
            conditions.add("c.valid_to >= :validOn");
            parameters.put("validStatuses", VALID_STATUSES);
            parameters.put("validOn", day);
            if (filter.expiringWithinDays() != null) {
                conditions.add("c.valid_to <= :validUntil");
                parameters.put("validUntil", day.plusDays(filter.expiringWithinDays()));
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String direction = query.ascending() ? " ASC" : " DESC";
        String page = "SELECT c.* FROM certification c" + where + " ORDER BY " + SORTABLE.get(query.sortField())
                + direction + ", c.id" + direction + " LIMIT :limit OFFSET :offset";
        return new SearchSql(page, "SELECT count(*) FROM certification c" + where, parameters);
    }

    /** The statements of a search and the values of their parameters (without {@code limit} and {@code offset}). */
    record SearchSql(String page, String count, Map<String, Object> parameters) {
    }
}

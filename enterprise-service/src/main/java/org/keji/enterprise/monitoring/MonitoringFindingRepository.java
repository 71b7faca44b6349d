package org.keji.enterprise.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.hibernate.query.NativeQuery;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.enterprise.certification.Certification;
import org.keji.enterprise.certification.CertificationRepository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MonitoringFindingRepository implements PanacheRepositoryBase<MonitoringFinding, UUID> {

    /** API sort field → attribute; each backed by an index ending in the certification id, the tie-breaker. */
    static final Map<String, String> SORTABLE = Map.of("uscc", "uscc", "refreshedAt", "refreshedAt");

    private static final String UPSERT = """
            INSERT INTO monitoring_finding (certification_id, uscc, certification_type, region, figures_year,
                rule_set_id, failed_conditions, missing_annual_reports, refreshed_at)
            VALUES (:id, :uscc, :type, :region, :figuresYear, :ruleSetId, CAST(:failed AS jsonb),
                CAST(:missing AS jsonb), :refreshedAt)
            ON CONFLICT (certification_id) DO UPDATE SET uscc = excluded.uscc,
                certification_type = excluded.certification_type, region = excluded.region,
                figures_year = excluded.figures_year, rule_set_id = excluded.rule_set_id,
                failed_conditions = excluded.failed_conditions,
                missing_annual_reports = excluded.missing_annual_reports, refreshed_at = excluded.refreshed_at""";

    private static final String PURGE_UNCERTIFIED = """
            DELETE FROM monitoring_finding f USING certification c
            WHERE c.id = f.certification_id AND c.status NOT IN ('ACTIVE', 'UNDER_RECHECK')""";

    /** One row of the monitoring list: the finding and the certificate it is about. */
    public record Row(MonitoringFinding finding, Certification certification) {
    }

    /** Creates or replaces the finding of a certificate. */
    public void save(Certification certification, String region, Integer figuresYear, UUID ruleSetId,
            String failedConditionsJson, String missingAnnualReportsJson, OffsetDateTime now) {
        NativeQuery<?> upsert = getEntityManager().createNativeQuery(UPSERT).unwrap(NativeQuery.class);
        // typed, because the year and the rule set are null when the bureau holds no figures
        upsert.setParameter("figuresYear", figuresYear, Integer.class);
        upsert.setParameter("ruleSetId", ruleSetId, UUID.class);
        upsert.setParameter("id", certification.id()).setParameter("uscc", certification.uscc())
                .setParameter("type", certification.certificationType()).setParameter("region", region)
                .setParameter("failed", failedConditionsJson).setParameter("missing", missingAnnualReportsJson)
                .setParameter("refreshedAt", now).executeUpdate();
    }

    /** Drops the findings of these certificates, in one statement. */
    public void forgetAll(Collection<UUID> certificationIds) {
        if (!certificationIds.isEmpty()) {
            delete("certificationId in ?1", certificationIds);
        }
    }

    /** Drops the findings of certificates revoked or expired since; the list never shows them anyway. */
    public int purgeUncertified() {
        return getEntityManager().createNativeQuery(PURGE_UNCERTIFIED).executeUpdate();
    }

    /**
     * One page of the monitoring list: findings of certified certificates, filtered, with the total over all pages
     * counted by the same query (a window count).
     */
    public Page<Row> page(MonitoringFilter filter, PageQuery query) {
        List<String> conditions = new ArrayList<>(List.of("c.status in :certified"));
        if (filter.uscc() != null) {
            conditions.add("f.uscc = :uscc");
        }
        if (filter.certificationType() != null) {
            conditions.add("f.certificationType = :type");
        }
        if (filter.region() != null) {
            conditions.add("f.region = :region");
        }
        if (filter.restricted()) {
            conditions.add(filter.within().condition("f.region", "reach"));
        }
        if (filter.findingKind() == FindingKind.HARD_CONDITION_FAILED) {
            conditions.add("f.conditionFailed = true");
        } else if (filter.findingKind() == FindingKind.ANNUAL_REPORT_MISSING) {
            conditions.add("f.annualReportMissing = true");
        }
        String direction = query.ascending() ? "asc" : "desc";
        String from = " from MonitoringFinding f join Certification c on c.id = f.certificationId where "
                + String.join(" and ", conditions);
        TypedQuery<Object[]> select = getEntityManager().createQuery("select f, c, count(*) over ()" + from
                + " order by f." + SORTABLE.get(query.sortField()) + " " + direction + ", f.certificationId "
                + direction, Object[].class);
        bind(select, filter);
        List<Object[]> rows = select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = (Long) rows.get(0)[2];
        } else if (query.page() == 0) {
            total = 0;
        } else {
            // beyond the last page: no row carries the count
            TypedQuery<Long> count = getEntityManager().createQuery("select count(*)" + from, Long.class);
            bind(count, filter);
            total = count.getSingleResult();
        }
        return Page.of(rows.stream().map(r -> new Row((MonitoringFinding) r[0], (Certification) r[1])).toList(),
                query, total);
    }

    private static void bind(TypedQuery<?> query, MonitoringFilter filter) {
        query.setParameter("certified", CertificationRepository.CERTIFIED);
        if (filter.uscc() != null) {
            query.setParameter("uscc", filter.uscc());
        }
        if (filter.certificationType() != null) {
            query.setParameter("type", filter.certificationType());
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.restricted()) {
            query.setParameter("reach", filter.within().parameterValue());
        }
    }
}

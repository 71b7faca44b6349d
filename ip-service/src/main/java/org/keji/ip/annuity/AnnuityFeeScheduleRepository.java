package org.keji.ip.annuity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.identifier.PatentType;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AnnuityFeeScheduleRepository implements PanacheRepositoryBase<AnnuityFeeSchedule, UUID> {

    /** The version of {@code kind} in force on {@code day}: the latest one effective on or before it. */
    public Optional<AnnuityFeeSchedule> inForce(PatentType kind, LocalDate day) {
        return find("patentType = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom"), kind, day)
                .firstResultOptional();
    }

    public boolean exists(PatentType kind, LocalDate effectiveFrom) {
        return count("patentType = ?1 and effectiveFrom = ?2", kind, effectiveFrom) > 0;
    }

    /**
     * Schedules of {@code kind} (null = every kind); with {@code on}, only the version of each kind in force that day.
     */
    public Page<AnnuityFeeSchedule> search(PatentType kind, LocalDate on, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (kind != null) {
            conditions.add("patentType = :kind");
            parameters.and("kind", kind);
        }
        if (on != null) {
            conditions.add("effectiveFrom = (select max(s.effectiveFrom) from AnnuityFeeSchedule s "
                    + "where s.patentType = this.patentType and s.effectiveFrom <= :on)");
            parameters.and("on", on);
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.sortField(), direction).and("patentType", direction).and("id", direction);
        List<AnnuityFeeSchedule> items = find(where, sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, where.isEmpty() ? count() : count(where, parameters));
    }
}

package org.keji.project.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.money.Money;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class YearGradeRepository implements PanacheRepositoryBase<YearGrade, UUID> {

    /** What a decision took: the grade row of the year and its amount at that moment. */
    public record Awarded(UUID gradeId, Money amount) {
    }

    /** The grades of {@code year}, locked until the transaction ends, so a decision cannot slip in while they change. */
    public List<YearGrade> lockYear(int year) {
        return find("year", Sort.by("grade"), year).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<YearGrade> find(int year, AwardGrade grade) {
        return find("year = ?1 and grade = ?2", year, grade).firstResultOptional();
    }

    /**
     * Counts one award of {@code grade} in {@code year} if its quota leaves room, in one conditional UPDATE: PostgreSQL
     * locks the row, re-reads it after any concurrent decision commits and re-checks the quota, so however many decide
     * at once the count never passes it. Returns the row and its amount, or empty when the quota is used up.
     */
    public Optional<Awarded> award(UUID gradeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                UPDATE award_grade SET awarded_count = awarded_count + 1
                WHERE id = :id AND (quota IS NULL OR awarded_count < quota)
                RETURNING id, amount""").setParameter("id", gradeId).getResultList();
        return rows.stream().findFirst().map(row -> new Awarded((UUID) row[0], Money.of((BigDecimal) row[1])));
    }

    /** An expression ordering the grades of {@code column} by rank, special first (the enum is stored by name). */
    static String gradeRank(String column) {
        return "case " + column + " when 'SPECIAL' then 0 when 'FIRST' then 1 when 'SECOND' then 2 else 3 end";
    }

    /** The grades, optionally of one year, by year (newest first unless asked otherwise) and then by rank. */
    public Page<YearGrade> search(Integer year, PageQuery query) {
        String where = year == null ? "1 = 1" : "year = :year";
        Parameters parameters = year == null ? new Parameters() : Parameters.with("year", year);
        String order = " order by year " + (query.ascending() ? "asc" : "desc") + ", " + gradeRank("grade");
        List<YearGrade> items = find(where + order, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(where, parameters));
    }
}

package org.keji.enterprise.figures;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class YearlyFiguresRepository implements PanacheRepositoryBase<YearlyFigures, UUID> {

    public Optional<YearlyFigures> findByYear(String uscc, int year) {
        return find("uscc = ?1 and year = ?2", uscc, year).firstResultOptional();
    }

    /** The latest reported year of each of these enterprises that reported any, in one query. */
    public Map<String, Integer> latestYears(Collection<String> usccs) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select uscc, max(year) from YearlyFigures where uscc in :usccs group by uscc",
                        Object[].class)
                .setParameter("usccs", usccs).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Integer) row[1]));
    }

    /** Every reported year of an enterprise, the latest first (a few dozen rows at most). */
    public List<YearlyFigures> listByUscc(String uscc) {
        return list("uscc", Sort.descending("year"), uscc);
    }

    /** The figures of the years {@code from} to {@code to}, both included, in ascending year order. */
    public List<Figures> between(String uscc, int from, int to) {
        return list("uscc = ?1 and year between ?2 and ?3", Sort.ascending("year"), uscc, from, to).stream()
                .map(YearlyFigures::figures).toList();
    }
}

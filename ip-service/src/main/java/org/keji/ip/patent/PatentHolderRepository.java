package org.keji.ip.patent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PatentHolderRepository implements PanacheRepositoryBase<PatentHolder, UUID> {

    public List<PatentHolder> listByPatent(UUID patentId) {
        return list("patentId", Sort.by("position"), patentId);
    }

    /** The holders of a page of patents in one query, by patent. */
    public Map<UUID, List<PatentHolder>> byPatents(Collection<UUID> patentIds) {
        if (patentIds.isEmpty()) {
            return Map.of();
        }
        return list("patentId in ?1", Sort.by("patentId").and("position"), patentIds).stream()
                .collect(Collectors.groupingBy(PatentHolder::patentId));
    }

    /** Removes the current holders (a bulk statement, run at once, before the new holders are inserted). */
    public void removeAll(UUID patentId) {
        delete("patentId", patentId);
    }
}

package org.keji.enterprise.material;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MaterialRepository implements PanacheRepositoryBase<Material, UUID> {

    public Optional<Material> findByContent(String ownerUscc, String sha256) {
        return find("ownerUscc = ?1 and sha256 = ?2", ownerUscc, sha256).firstResultOptional();
    }

    /** The owner's materials whose ids are given; ids of other owners or unknown are simply missing. */
    public List<Material> listOwned(String ownerUscc, List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("ownerUscc = ?1 and id in ?2", ownerUscc, ids);
    }

    /** A page of the owner's materials, optionally of one kind and expired or not on {@code today}. */
    public org.keji.commons.paging.Page<Material> search(String ownerUscc, MaterialKind kind, Boolean expired,
            LocalDate today, PageQuery query) {
        List<String> conditions = new ArrayList<>(List.of("ownerUscc = :owner"));
        Map<String, Object> parameters = new HashMap<>(Map.of("owner", ownerUscc));
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", kind);
        }
        if (expired != null) {
            conditions.add(expired ? "validUntil < :today" : "(validUntil is null or validUntil >= :today)");
            parameters.put("today", today);
        }
        Sort sort = Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var found = find(String.join(" and ", conditions), sort, parameters);
        return org.keji.commons.paging.Page.of(found.page(Page.of(query.page(), query.size())).list(), query,
                found.count());
    }
}

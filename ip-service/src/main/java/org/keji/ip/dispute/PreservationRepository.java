package org.keji.ip.dispute;

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
public class PreservationRepository implements PanacheRepositoryBase<Preservation, UUID> {

    /** The order, locked until the transaction ends. */
    public Optional<Preservation> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean exists(String court, String orderNumber) {
        return count("court = ?1 and orderNumber = ?2", court, orderNumber) > 0;
    }

    /** Records the patents of a newly recorded order. */
    public void addPatents(UUID preservationId, Collection<String> applicationNumbers) {
        links().add(preservationId, applicationNumbers);
    }

    /** The patents of each order, by order, in one query. */
    public Map<UUID, List<String>> patentsOf(Collection<UUID> ids) {
        return links().of(ids);
    }

    /** A page of orders, of a patent (null = any), within reach (null = everywhere), the latest recorded first. */
    public Page<Preservation> search(String applicationNumber, RegionReach reach, PageQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (reach != null && !reach.everywhere()) {
            where.append(" AND v.").append(reach.condition("region", "reach"));
            parameters.put("reach", reach.parameterValue());
        }
        if (applicationNumber != null) {
            where.append(links().hasPatent("v"));
            parameters.put("number", applicationNumber);
        }
        String direction = query.ascending() ? " ASC" : " DESC";
        return PatentLinks.page(getEntityManager(), Preservation.class, "ip_patent_preservation v", where.toString(),
                parameters, "v.recorded_at" + direction + ", v.id" + direction, query);
    }

    private PatentLinks links() {
        return new PatentLinks(getEntityManager(), "ip_patent_preservation_patent", "preservation_id");
    }
}

package org.keji.project.replica;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.project.replica.dto.EnterpriseReplicaView;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EnterpriseReplicaService {

    private final EnterpriseReplicaRepository replicas;
    private final Caller caller;

    public EnterpriseReplicaService(EnterpriseReplicaRepository replicas, Caller caller) {
        this.replicas = replicas;
        this.caller = caller;
    }

    public EnterpriseReplicaView get(String uscc) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        return replicas.findByIdOptional(uscc).map(EnterpriseReplicaView::of).orElseThrow(() -> notFound(uscc));
    }

    /** A page of the replica, of one region if asked; an officer's within its regions. */
    public Page<EnterpriseReplicaView> list(String region, PageQuery query) {
        Sort sort = query.ascending() ? Sort.ascending(query.sortField()) : Sort.descending(query.sortField());
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (region != null) {
            conditions.add("region = :region");
            parameters.and("region", region);
        }
        caller.officerRegions().filter(regions -> !regions.everywhere()).ifPresent(regions -> {
            conditions.add(regions.condition("region", "reach"));
            parameters.and("reach", regions.parameterValue());
        });
        var found = conditions.isEmpty() ? replicas.findAll(sort)
                : replicas.find(String.join(" and ", conditions), sort, parameters);
        long total = found.count();
        var items = found.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list().stream()
                .map(EnterpriseReplicaView::of).toList();
        return new Page<>(items, query.page(), query.size(), total);
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", uscc);
    }
}

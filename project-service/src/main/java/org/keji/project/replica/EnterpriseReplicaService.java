package org.keji.project.replica;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.project.replica.dto.EnterpriseReplicaView;

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

    public Page<EnterpriseReplicaView> list(String region, PageQuery query) {
        Sort sort = query.ascending() ? Sort.ascending(query.sortField()) : Sort.descending(query.sortField());
        var found = region == null ? replicas.findAll(sort) : replicas.find("region", sort, region);
        long total = found.count();
        var items = found.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list().stream()
                .map(EnterpriseReplicaView::of).toList();
        return new Page<>(items, query.page(), query.size(), total);
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", uscc);
    }
}

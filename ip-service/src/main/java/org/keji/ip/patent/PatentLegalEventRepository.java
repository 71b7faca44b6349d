package org.keji.ip.patent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PatentLegalEventRepository implements PanacheRepositoryBase<PatentLegalEvent, UUID> {

    /** A patent's whole log in sequence order (a few entries per patent). */
    public List<PatentLegalEvent> log(UUID patentId) {
        return list("patentId", Sort.by("sequence"), patentId);
    }
}

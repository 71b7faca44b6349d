package org.keji.enterprise.eligibility;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EligibilityCheckRepository implements PanacheRepositoryBase<EligibilityCheck, UUID> {

    /** The checks of an enterprise, the latest first. */
    public Page<EligibilityCheck> pageByUscc(String uscc, PageQuery query) {
        var found = find("uscc", Sort.descending("checkedAt", "id"), uscc);
        List<EligibilityCheck> items = found.range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count("uscc", uscc));
    }
}

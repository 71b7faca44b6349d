package org.keji.ip.dispute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

/**
 * The patents of a record kept in a link table ({@code <owner column>, application_number}), and a page of records
 * read with native SQL: what the cases and the preservation orders share. Table and column names are constants of
 * this package, never input.
 */
final class PatentLinks {

    private final EntityManager entityManager;
    private final String table;
    private final String ownerColumn;

    PatentLinks(EntityManager entityManager, String table, String ownerColumn) {
        this.entityManager = entityManager;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** Links the patents to a record written in this transaction (flushed first, so its row exists). */
    void add(UUID ownerId, Collection<String> applicationNumbers) {
        entityManager.flush();
        for (String number : applicationNumbers) {
            entityManager.createNativeQuery("INSERT INTO " + table + " (" + ownerColumn + ", application_number) "
                    + "VALUES (:id, :number)").setParameter("id", ownerId).setParameter("number", number)
                    .executeUpdate();
        }
    }

    /** The patents of each record, by record, in one query. */
    Map<UUID, List<String>> of(Collection<UUID> ownerIds) {
        Map<UUID, List<String>> patents = new LinkedHashMap<>();
        ownerIds.forEach(id -> patents.put(id, new ArrayList<>()));
        if (ownerIds.isEmpty()) {
            return patents;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + ownerColumn + ", application_number FROM "
                + table + " WHERE " + ownerColumn + " IN (:ids) ORDER BY " + ownerColumn + ", application_number")
                .setParameter("ids", ownerIds).getResultList();
        rows.forEach(row -> patents.get((UUID) row[0]).add((String) row[1]));
        return patents;
    }

    /** The condition that a record (alias {@code alias}) has the patent bound to {@code :number}. */
    String hasPatent(String alias) {
        return " AND EXISTS (SELECT 1 FROM " + table + " p WHERE p." + ownerColumn + " = " + alias
                + ".id AND p.application_number = :number)";
    }

    /** A page of {@code type} from {@code from} (a table and its alias) with the conditions and the order given. */
    static <T> Page<T> page(EntityManager entityManager, Class<T> type, String from, String where,
            Map<String, Object> parameters, String orderBy, PageQuery query) {
        Query page = entityManager.createNativeQuery("SELECT * FROM " + from + where + " ORDER BY " + orderBy, type);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM " + from + where);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<T> items = page.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return Page.of(items, query, ((Number) count.getSingleResult()).longValue());
    }
}

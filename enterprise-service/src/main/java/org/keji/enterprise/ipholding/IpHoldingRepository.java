package org.keji.enterprise.ipholding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.keji.commons.event.ip.IpClass;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IpHoldingRepository implements PanacheRepositoryBase<IpHolding, String> {

    /** The sortable fields of the list, as paths of the patent. */
    private static final Map<String, String> SORTABLE = Map.of("grantedOn", "p.grantedOn",
            "applicationNumber", "p.applicationNumber");

    /**
     * The number of patents of {@code ipClass} that {@code uscc} holds on {@code asOf}, alone or with co-holders: held
     * since that day or before, and not lapsed on or before it (a patent lapsed on {@code asOf} no longer counts; a
     * restored one counts on every day, the days of its lapse included). One SQL count from the holder index; no row
     * is loaded. A patent transferred away no longer counts for a former holder on any day, since the replica keeps
     * only the current holders.
     */
    public long countHeld(String uscc, IpClass ipClass, LocalDate asOf) {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(ipClass, "ipClass");
        Objects.requireNonNull(asOf, "asOf");
        return getEntityManager().createQuery("select count(*) from IpHolder h join h.patent p where "
                + "h.id.holderUscc = :uscc and p.ipClass = :ipClass and h.heldSince <= :asOf "
                + "and (p.lapsedOn is null or p.lapsedOn > :asOf)", Long.class).setParameter("uscc", uscc)
                .setParameter("ipClass", ipClass).setParameter("asOf", asOf).getSingleResult();
    }

    /**
     * One page of what {@code uscc} holds, each row its holder row with the patent fetched along; the requested order,
     * then the application number so that pages never overlap, unknown grant dates last.
     */
    public Page<IpHolder> page(String uscc, IpHoldingStatus status, IpClass ipClass, PageQuery query) {
        List<String> conditions = new ArrayList<>(List.of("h.id.holderUscc = :uscc"));
        if (status != null) {
            conditions.add("p.status = :status");
        }
        if (ipClass != null) {
            conditions.add("p.ipClass = :ipClass");
        }
        String where = " where " + String.join(" and ", conditions);
        String direction = query.ascending() ? "asc" : "desc";
        String order = " order by " + SORTABLE.get(query.sortField()) + " " + direction
                + ("applicationNumber".equals(query.sortField()) ? "" : " nulls last, p.applicationNumber");
        TypedQuery<IpHolder> select = getEntityManager()
                .createQuery("select h from IpHolder h join fetch h.patent p" + where + order, IpHolder.class);
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(*) from IpHolder h join h.patent p" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            q.setParameter("uscc", uscc);
            if (status != null) {
                q.setParameter("status", status);
            }
            if (ipClass != null) {
                q.setParameter("ipClass", ipClass);
            }
        }
        List<IpHolder> rows = select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return Page.of(rows, query, count.getSingleResult());
    }

    /** Every holder of these patents, by application number, in one query: the co-holders shown with a page. */
    public Map<String, List<IpHolder>> holdersOf(Collection<String> applicationNumbers) {
        if (applicationNumbers.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select h from IpHolder h where h.id.applicationNumber in :numbers "
                + "order by h.share desc, h.id.holderUscc", IpHolder.class).setParameter("numbers", applicationNumbers)
                .getResultStream().collect(Collectors.groupingBy(IpHolder::applicationNumber));
    }
}

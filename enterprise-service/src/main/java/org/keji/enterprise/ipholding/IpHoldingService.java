package org.keji.enterprise.ipholding;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.ip.IpClass;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.enterprise.ipholding.dto.IpHoldingSummary;
import org.keji.enterprise.ipholding.dto.IpHoldingView;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads of the IP holdings replica; only {@link IpEventConsumer} writes it. */
@ApplicationScoped
public class IpHoldingService {

    private final IpHoldingRepository holdings;
    private final Caller caller;
    private final Clock clock;

    public IpHoldingService(IpHoldingRepository holdings, Caller caller, Clock clock) {
        this.holdings = holdings;
        this.caller = caller;
        this.clock = clock;
    }

    /** The holder's patents, optionally of one status and class; an enterprise without any has an empty page. */
    public Page<IpHoldingView> list(String uscc, IpHoldingStatus status, IpClass ipClass, PageQuery query) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        StringBuilder where = new StringBuilder("holderUscc = :uscc");
        Parameters parameters = Parameters.with("uscc", uscc);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (ipClass != null) {
            where.append(" and ipClass = :ipClass");
            parameters.and("ipClass", ipClass);
        }
        var found = holdings.find(where.toString(), sort(query), parameters);
        long total = found.count();
        var items = found.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list().stream()
                .map(IpHoldingView::of).toList();
        return Page.of(items, query, total);
    }

    /** Class I and Class II patents held on {@code asOf} (today in the bureau's zone when null), by SQL counts. */
    public IpHoldingSummary summarize(String uscc, LocalDate asOf) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return new IpHoldingSummary(uscc, day, holdings.countHeld(uscc, IpClass.CLASS_I, day),
                holdings.countHeld(uscc, IpClass.CLASS_II, day));
    }

    /** The requested order, then the application number so that pages never overlap; unknown grant dates last. */
    private static Sort sort(PageQuery query) {
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        if ("applicationNumber".equals(query.sortField())) {
            return Sort.by("applicationNumber", direction);
        }
        return Sort.by(query.sortField(), direction, Sort.NullPrecedence.NULLS_LAST).and("applicationNumber");
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

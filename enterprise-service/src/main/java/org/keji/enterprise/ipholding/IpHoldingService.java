package org.keji.enterprise.ipholding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.ip.IpClass;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.enterprise.ipholding.dto.IpHoldingSummary;
import org.keji.enterprise.ipholding.dto.IpHoldingView;

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

    /**
     * The holder's patents, alone or co-owned, optionally of one status and class; an enterprise without any has an
     * empty page. Three queries a page: the rows with their patents, the total, every holder of the page's patents.
     */
    public Page<IpHoldingView> list(String uscc, IpHoldingStatus status, IpClass ipClass, PageQuery query) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        Page<IpHolder> page = holdings.page(uscc, status, ipClass, query);
        Map<String, List<IpHolder>> coHolders = holdings
                .holdersOf(page.items().stream().map(IpHolder::applicationNumber).toList());
        return Page.of(page.items().stream()
                .map(h -> IpHoldingView.of(h, coHolders.getOrDefault(h.applicationNumber(), List.of(h)))).toList(),
                query, page.total());
    }

    /** Class I and Class II patents held on {@code asOf} (today in the bureau's zone when null), by SQL counts. */
    public IpHoldingSummary summarize(String uscc, LocalDate asOf) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return new IpHoldingSummary(uscc, day, holdings.countHeld(uscc, IpClass.CLASS_I, day),
                holdings.countHeld(uscc, IpClass.CLASS_II, day));
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

package org.keji.enterprise.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.YearlyFiguresReported;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.figures.dto.YearlyFiguresRequest;
import org.keji.enterprise.figures.dto.YearlyFiguresView;
import org.keji.enterprise.registry.EnterpriseRepository;

@ApplicationScoped
public class YearlyFiguresService {

    /** The outcome of a report: the figures as stored, and whether the year was new. */
    public record Reported(YearlyFiguresView figures, boolean created) {
    }

    private final YearlyFiguresRepository figures;
    private final EnterpriseRepository enterprises;
    private final Event<YearlyFiguresReported> reported;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public YearlyFiguresService(YearlyFiguresRepository figures, EnterpriseRepository enterprises,
            Event<YearlyFiguresReported> reported, Outbox outbox, Caller caller, Clock clock) {
        this.figures = figures;
        this.enterprises = enterprises;
        this.reported = reported;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Stores the figures of one year, replacing earlier ones of that year, and publishes
     * {@code keji.enterprise.figures.reported.v1}. Reports about one enterprise are serialized on its registry row,
     * so two first reports of one year cannot both insert. The event is also fired in the transaction (CDI), so
     * observers such as the monitoring findings follow the figures in it.
     */
    @Transactional
    public Reported report(String uscc, int year, String ifMatch, YearlyFiguresRequest request) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        if (year > LocalDate.now(clock).getYear()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "year", "must not be in the future", year);
        }
        List<Problem.Violation> inconsistencies = request.inconsistencies();
        if (!inconsistencies.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", inconsistencies);
        }
        enterprises.lockByUscc(uscc).orElseThrow(() -> notFound(uscc));
        var existing = figures.findByYear(uscc, year);
        EntityVersions.checkIfMatch(ifMatch, existing.map(YearlyFigures::version));
        YearlyFigures entity = existing.orElseGet(() -> YearlyFigures.of(uscc, year));
        entity.replace(request.figures(year), source(), caller.name(), OffsetDateTime.now(clock));
        if (existing.isEmpty()) {
            figures.persist(entity);
        }
        figures.flush();
        Figures f = entity.figures();
        YearlyFiguresReported event = new YearlyFiguresReported(uscc, year, f.employees(), f.rdStaff(),
                f.salesRevenue(), f.totalRevenue(), f.highTechRevenue(), f.rdExpense(), f.domesticRdExpense(),
                f.totalCost(), f.totalAssets(), f.netAssets(), entity.source().name(), entity.version());
        outbox.publish(event);
        reported.fire(event);
        return new Reported(YearlyFiguresView.of(entity), existing.isEmpty());
    }

    public List<YearlyFiguresView> list(String uscc) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        if (!enterprises.existsByUscc(uscc)) {
            throw notFound(uscc);
        }
        return figures.listByUscc(uscc).stream().map(YearlyFiguresView::of).toList();
    }

    public YearlyFiguresView get(String uscc, int year) {
        caller.requireEnterprise(uscc, () -> notFound(uscc));
        return figures.findByYear(uscc, year).map(YearlyFiguresView::of)
                .orElseThrow(() -> new NotFoundException("FIGURES_NOT_FOUND", uscc, year));
    }

    private FiguresSource source() {
        if (caller.is(Roles.APPLICANT)) {
            return FiguresSource.APPLICANT;
        }
        return caller.is(Roles.INTEGRATION) ? FiguresSource.INTEGRATION : FiguresSource.OFFICER;
    }

    private static NotFoundException notFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

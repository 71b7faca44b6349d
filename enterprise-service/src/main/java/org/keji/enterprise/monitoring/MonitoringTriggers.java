package org.keji.enterprise.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.keji.commons.event.enterprise.AnnualReportSubmitted;
import org.keji.commons.event.enterprise.YearlyFiguresReported;

/**
 * Keeps the monitoring findings in step with what changes them: the features that report figures and annual reports
 * fire their domain event as a CDI event next to the outbox row, and this observer refreshes the holder's findings. The
 * observers are synchronous, so the refresh runs in the transaction of the change; figures and certification never call
 * monitoring, which reads them.
 */
@ApplicationScoped
public class MonitoringTriggers {

    private final MonitoringService monitoring;

    public MonitoringTriggers(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    void onFiguresReported(@Observes YearlyFiguresReported event) {
        monitoring.refreshEnterprise(event.uscc());
    }

    void onAnnualReportSubmitted(@Observes AnnualReportSubmitted event) {
        monitoring.refreshEnterprise(event.uscc());
    }
}

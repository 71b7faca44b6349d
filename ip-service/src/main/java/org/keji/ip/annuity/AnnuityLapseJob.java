package org.keji.ip.annuity;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keji.commons.security.Roles;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Lapses the granted patents whose first unpaid annuity's grace ended (专利法实施细则 第九十八条: unpaid at the end of the
 * 6 months, the right ends at the due date; the termination notice follows, and the restoration window counts from it).
 * Daily; safe with several replicas: each batch claims its rows with {@code FOR UPDATE SKIP LOCKED} and lapses them in
 * its own transaction, so replicas running at once share the work and no patent is lapsed twice. Candidates come from
 * the indexed cache on {@code patent} (V10), never a scan.
 * <p>
 * The notice date recorded is the day the job lapses the patent (the day after the grace ends when the job runs
 * daily): the bureau learns of the termination no earlier, and a later date never closes the restoration window
 * before CNIPA's own notice would.
 * <p>
 * The appends go through the patent aggregate with the bureau's own identity ({@value #ACTOR}, the log's
 * {@code recordedBy}), which reaches every patent like an administrator.
 */
@ApplicationScoped
public class AnnuityLapseJob {

    /** Who the legal-status log records as having appended the lapses. */
    public static final String ACTOR = "annuity-lapse-job";

    private static final Logger LOG = Logger.getLogger(AnnuityLapseJob.class);

    private final AnnuityPaymentService annuities;
    private final CurrentIdentityAssociation identities;
    private final int batchSize;

    public AnnuityLapseJob(AnnuityPaymentService annuities, CurrentIdentityAssociation identities,
            @ConfigProperty(name = "keji.ip.annuity.lapse.batch-size") int batchSize) {
        this.annuities = annuities;
        this.identities = identities;
        this.batchSize = batchSize;
    }

    // the bureau's zone (ClockProducer.ZONE): a grace ends at midnight in Beijing
    @Scheduled(identity = "annuity-lapse", cron = "{keji.ip.annuity.lapse.cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int lapsed = lapseDue();
        if (lapsed > 0) {
            LOG.infof("lapsed %d patents whose annuity grace ended unpaid", lapsed);
        }
    }

    /**
     * Lapses every patent due today, batch by batch, and returns how many this call lapsed. Stops at the first batch
     * that is not full: what remains is held by another replica's batch, which lapses it.
     */
    @ActivateRequestContext
    public int lapseDue() {
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(ACTOR))
                .addRoles(Set.of(Roles.ADMIN)).build());
        try {
            int total = 0;
            int lapsed;
            do {
                lapsed = annuities.lapseGraceEndedBatch(batchSize);
                total += lapsed;
            } while (lapsed == batchSize);
            return total;
        } finally {
            identities.setIdentity((io.quarkus.security.identity.SecurityIdentity) null);
        }
    }
}

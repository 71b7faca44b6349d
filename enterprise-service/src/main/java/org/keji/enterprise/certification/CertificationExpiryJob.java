package org.keji.enterprise.certification;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Expires certificates whose validity has ended ({@code ACTIVE → EXPIRED}, one event each). Safe with several replicas:
 * each batch claims its rows with {@code FOR UPDATE SKIP LOCKED} and expires them in its own transaction, so replicas
 * running at once share the work and no certificate is expired twice. A certificate under re-check is left alone until
 * the re-check ends (see {@link Certification}).
 */
@ApplicationScoped
public class CertificationExpiryJob {

    private static final Logger LOG = Logger.getLogger(CertificationExpiryJob.class);

    private final CertificationLifecycleService lifecycle;
    private final CertificationLifecycleConfig config;

    public CertificationExpiryJob(CertificationLifecycleService lifecycle, CertificationLifecycleConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    // the bureau's zone (ClockProducer.ZONE), so "after the last day of validity" means after midnight in Beijing
    @Scheduled(identity = "certification-expiry", cron = "{keji.enterprise.certification.expiry.cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int expired = expireDue();
        if (expired > 0) {
            LOG.infof("expired %d certificates", expired);
        }
    }

    /**
     * Expires every certificate due today, batch by batch, and returns how many this call expired. Stops at the first
     * batch that is not full: what remains is held by another replica's batch, which expires it.
     */
    public int expireDue() {
        int batchSize = config.expiry().batchSize();
        int total = 0;
        int expired;
        do {
            expired = lifecycle.expireDueBatch(batchSize);
            total += expired;
        } while (expired == batchSize);
        return total;
    }
}

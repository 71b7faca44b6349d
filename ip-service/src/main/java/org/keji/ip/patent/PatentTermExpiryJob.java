package org.keji.ip.patent;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Tells enterprise-service that granted patents reached the end of their term ({@code keji.ip.patent.lapsed.v2},
 * TERM_EXPIRED, lapsed on the term's end): the end is derived from the filing date and writes no log entry, so no
 * append would. Safe with several replicas: each batch claims its rows with {@code FOR UPDATE SKIP LOCKED}, publishes
 * and marks them in its own transaction, so replicas running at once share the work and no patent is published twice.
 */
@ApplicationScoped
public class PatentTermExpiryJob {

    private static final Logger LOG = Logger.getLogger(PatentTermExpiryJob.class);

    private final PatentService patents;
    private final int batchSize;

    public PatentTermExpiryJob(PatentService patents,
            @ConfigProperty(name = "keji.ip.patent.term-expiry.batch-size") int batchSize) {
        this.patents = patents;
        this.batchSize = batchSize;
    }

    // the bureau's zone (ClockProducer.ZONE): a term ends at midnight in Beijing
    @Scheduled(identity = "patent-term-expiry", cron = "{keji.ip.patent.term-expiry.cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int published = publishDue();
        if (published > 0) {
            LOG.infof("published the end of term of %d patents", published);
        }
    }

    /**
     * Publishes every patent whose term ended by today, batch by batch, and returns how many this call published. Stops
     * at the first batch that is not full: what remains is held by another replica's batch, which publishes it.
     */
    public int publishDue() {
        int total = 0;
        int published;
        do {
            published = patents.publishTermExpiredBatch(batchSize);
            total += published;
        } while (published == batchSize);
        return total;
    }
}

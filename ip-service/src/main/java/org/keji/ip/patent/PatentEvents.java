package org.keji.ip.patent;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.ip.PatentGrantedV2;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.event.ip.PatentLapsedV2;
import org.keji.commons.event.ip.PatentRestored;
import org.keji.commons.event.ip.PatentTransferredV2;
import org.keji.commons.outbox.Outbox;

/**
 * The ip events ({@code keji.ip.v1}, key = the application number) that a change of a patent's legal status tells
 * enterprise-service's IP holdings, written to the outbox in the transaction of the change. They concern granted
 * rights only: the replica knows a patent from its grant, so what happens to an application before it (filing, its
 * abandonment, a transfer of the application right) publishes nothing, and the grant carries the holders of that day.
 * Invalidation requests and their rejection change no holding and publish nothing either.
 */
@ApplicationScoped
public class PatentEvents {

    private final Outbox outbox;

    public PatentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The event of one appended log entry, if it has one.
     *
     * @param before the derived status the entry was appended to
     * @param after the log status after it
     * @param previous the holders before the entry (differ from {@code current} for a transfer only)
     */
    void appended(Patent patent, LegalStatus before, LegalStatus after, List<PatentHolder> previous,
            List<PatentHolder> current, LegalEventKind kind, LocalDate effectiveDate) {
        boolean wasGranted = before.status() == PatentStatus.GRANTED;
        switch (kind) {
            case GRANTED -> outbox.publish(new PatentGrantedV2(patent.applicationNumber(), patent.type(),
                    patent.title(), shares(current), after.grantedOn(), after.grantNumber()));
            case ANNUITY_LAPSED, ABANDONED, INVALIDATED -> {
                if (wasGranted) {
                    lapsed(patent, current, after.lapsedOn(), after.lapseReason());
                }
            }
            case RESTORED -> outbox.publish(new PatentRestored(patent.applicationNumber(), patent.type(),
                    patent.title(), shares(current), effectiveDate));
            case TRANSFERRED -> {
                if (wasGranted) {
                    outbox.publish(new PatentTransferredV2(patent.applicationNumber(), patent.type(), patent.title(),
                            shares(previous), shares(current), effectiveDate));
                }
            }
            case FILED, INVALIDATION_REQUESTED, INVALIDATION_REJECTED -> {
            }
        }
    }

    /** A granted patent's term ended on {@code termEndsOn}, the first day it is no longer in force. */
    void termExpired(Patent patent, List<PatentHolder> current) {
        lapsed(patent, current, patent.termEndsOn(), LapseReason.TERM_EXPIRED);
    }

    private void lapsed(Patent patent, List<PatentHolder> current, LocalDate lapsedOn, LapseReason reason) {
        outbox.publish(new PatentLapsedV2(patent.applicationNumber(), patent.type(), shares(current), lapsedOn,
                org.keji.commons.event.ip.LapseReason.valueOf(reason.name())));
    }

    private static List<PatentHolderShare> shares(List<PatentHolder> holders) {
        return holders.stream().map(h -> new PatentHolderShare(h.uscc(), h.share())).toList();
    }
}

package org.keji.enterprise.ipholding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentGranted;
import org.keji.commons.event.ip.PatentGrantedV2;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.event.ip.PatentLapsed;
import org.keji.commons.event.ip.PatentLapsedV2;
import org.keji.commons.event.ip.PatentRestored;
import org.keji.commons.event.ip.PatentTransferred;
import org.keji.commons.event.ip.PatentTransferredV2;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.identifier.Uscc;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the IP holdings replica from {@code keji.ip.v1}; each event applies at most once (commons inbox: a redelivered
 * event id changes nothing). Both versions of granted, lapsed and transferred are accepted: a v1 event names one
 * holder, who holds all of it ({@link PatentHolderShare#sole}); a v2 event names every holder with its share. An event
 * that contradicts itself or lacks what its transition needs can never be applied: it is poison and goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class IpEventConsumer {

    static final String CONSUMER = "enterprise-service.ip-holdings";

    private static final Logger LOG = Logger.getLogger(IpEventConsumer.class);

    private final Inbox inbox;
    private final IpHoldingRepository holdings;
    private final Clock clock;

    public IpEventConsumer(Inbox inbox, IpHoldingRepository holdings, Clock clock) {
        this.inbox = inbox;
        this.holdings = holdings;
        this.clock = clock;
    }

    @Incoming("ip-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.receive(CONSUMER, message).ifPresent(event -> {
            switch (event.type()) {
                case PatentGranted.TYPE -> granted(event, v1(EventJson.data(event, PatentGranted.class), event));
                case PatentGrantedV2.TYPE -> granted(event, EventJson.data(event, PatentGrantedV2.class));
                case PatentLapsed.TYPE -> lapsed(event, v1(EventJson.data(event, PatentLapsed.class), event));
                case PatentLapsedV2.TYPE -> lapsed(event, EventJson.data(event, PatentLapsedV2.class));
                case PatentTransferred.TYPE -> transferred(event,
                        v1(EventJson.data(event, PatentTransferred.class), event));
                case PatentTransferredV2.TYPE -> transferred(event, EventJson.data(event, PatentTransferredV2.class));
                case PatentRestored.TYPE -> restored(event, EventJson.data(event, PatentRestored.class));
                default -> inbox.skipUnknown(CONSUMER, event);
            }
        });
    }

    private void granted(CloudEvent event, PatentGrantedV2 data) {
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        LocalDate grantedOn = required(event, "grantedOn", data.grantedOn());
        String grantNumber = grantNumber(event, number, data.grantNumber());
        apply(event, number, data.patentType(), (holding, type) -> holding.granted(type, data.title(), grantedOn,
                grantNumber, data.holders(), event.id(), now()));
    }

    private void lapsed(CloudEvent event, PatentLapsedV2 data) {
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        LocalDate lapsedOn = required(event, "lapsedOn", data.lapsedOn());
        LapseReason reason = required(event, "reason", data.reason());
        // a v1 lapse carries no type: the application number's type digit tells it
        apply(event, number, data.patentType(),
                (holding, type) -> holding.lapsed(lapsedOn, reason, data.holders(), event.id(), now()));
    }

    private void transferred(CloudEvent event, PatentTransferredV2 data) {
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        LocalDate transferredOn = required(event, "transferredOn", data.transferredOn());
        Set<String> from = data.fromHolders().stream().map(PatentHolderShare::uscc).collect(Collectors.toSet());
        apply(event, number, data.patentType(), (holding, type) -> {
            if (!holding.holders().isEmpty() && !holding.holderUsccs().equals(from)) {
                LOG.warnf("event %s transfers %s from %s, but the replica knew %s as its holders", event.id(), number,
                        from, holding.holderUsccs());
            }
            holding.transferred(type, data.title(), data.toHolders(), transferredOn, event.id(), now());
        });
    }

    /**
     * Only a lapse for an unpaid annuity is undone (see {@link IpHolding#restored}). A restoration of a patent the
     * replica has not seen creates it in force with its holders but without a start date, so it does not count until
     * its grant arrives; a restoration of a patent in force or ended for another reason changes nothing but the
     * revision. Either is logged, since ip-service should not send it.
     */
    private void restored(CloudEvent event, PatentRestored data) {
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        LocalDate restoredOn = required(event, "restoredOn", data.restoredOn());
        apply(event, number, data.patentType(), (holding, type) -> {
            boolean known = holding.revision() > 0;
            if (!holding.restored(restoredOn, data.holders(), event.id(), now())) {
                LOG.warnf("event %s restores %s, which the replica knew as %s%s: nothing to undo", event.id(), number,
                        known ? holding.status() : "unknown",
                        holding.lapseReason() == null ? "" : " (" + holding.lapseReason() + ", final)");
            }
        });
    }

    /**
     * Applies a transition to the patent's row, or to a new row of the event's type for a patent not seen before,
     * persisted once complete: Hibernate inserts the state an entity has when it is persisted.
     */
    private void apply(CloudEvent event, PatentApplicationNumber number, PatentType declared,
            BiConsumer<IpHolding, PatentType> transition) {
        PatentType type = patentType(event, number, declared);
        var existing = holdings.findByIdOptional(number.value());
        IpHolding holding = existing.orElseGet(() -> IpHolding.of(number.value(), type));
        transition.accept(holding, type);
        if (existing.isEmpty()) {
            holdings.persist(holding);
        }
    }

    /** A v1 grant as the v2 grant it means: its one holder holds all of it. */
    private static PatentGrantedV2 v1(PatentGranted v1, CloudEvent event) {
        return new PatentGrantedV2(v1.applicationNumber(), v1.patentType(), v1.title(), sole(event, v1.holderUscc()),
                v1.grantedOn(), v1.grantNumber());
    }

    private static PatentLapsedV2 v1(PatentLapsed v1, CloudEvent event) {
        return new PatentLapsedV2(v1.applicationNumber(), null, sole(event, v1.holderUscc()), v1.lapsedOn(),
                v1.reason());
    }

    private static PatentTransferredV2 v1(PatentTransferred v1, CloudEvent event) {
        return new PatentTransferredV2(v1.applicationNumber(), v1.patentType(), v1.title(),
                sole(event, v1.fromUscc()), sole(event, v1.toUscc()), v1.transferredOn());
    }

    /** Syntax only: a few real early codes fail the check character (DOMAIN "Identifiers"). */
    private static List<PatentHolderShare> sole(CloudEvent event, String uscc) {
        if (!Uscc.isWellFormed(required(event, "holder", uscc))) {
            throw poison(event, "holder " + uscc + " is not a unified social credit code");
        }
        return List.of(PatentHolderShare.sole(uscc));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The row's key: any accepted form of the number is stored canonical, so one patent never has two rows. */
    private static PatentApplicationNumber applicationNumber(CloudEvent event, String text) {
        try {
            return PatentApplicationNumber.of(required(event, "applicationNumber", text));
        } catch (IllegalArgumentException e) {
            throw poison(event, "applicationNumber " + text + " is not a valid patent application number");
        }
    }

    /** The declared type, which must be the one of the application number's type digit; the digit if none is given. */
    private static PatentType patentType(CloudEvent event, PatentApplicationNumber number, PatentType declared) {
        if (declared != null && declared != number.type()) {
            throw poison(event, "patentType " + declared + " contradicts the type digit of " + number);
        }
        return number.type();
    }

    /** {@code ZL} + the application number (DOMAIN "Identifiers"); derived when the event leaves it out. */
    private static String grantNumber(CloudEvent event, PatentApplicationNumber number, String text) {
        if (text != null && !(PatentApplicationNumber.isValid(text)
                && PatentApplicationNumber.normalize(text).equals(number.value()))) {
            throw poison(event, "grantNumber " + text + " is not ZL + " + number);
        }
        return number.grantNumber();
    }

    private static <T> T required(CloudEvent event, String field, T value) {
        if (value == null) {
            throw poison(event, field + " is missing");
        }
        return value;
    }

    private static PoisonEventException poison(CloudEvent event, String reason) {
        return new PoisonEventException("event " + event.id() + " (" + event.type() + "): " + reason, null);
    }
}

package org.keji.enterprise.ipholding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.event.ip.PatentGranted;
import org.keji.commons.event.ip.PatentLapsed;
import org.keji.commons.event.ip.PatentTransferred;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.identifier.Uscc;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the IP holdings replica from {@code keji.ip.v1}; each event applies at most once. An event that contradicts
 * itself or lacks what its transition needs can never be applied: it is poison and goes to the dead-letter topic.
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
                case PatentGranted.TYPE -> granted(event);
                case PatentLapsed.TYPE -> lapsed(event);
                case PatentTransferred.TYPE -> transferred(event);
                default -> inbox.skipUnknown(CONSUMER, event);
            }
        });
    }

    private void granted(CloudEvent event) {
        PatentGranted data = EventJson.data(event, PatentGranted.class);
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        PatentType type = patentType(event, number, data.patentType());
        String holder = uscc(event, "holderUscc", data.holderUscc());
        LocalDate grantedOn = required(event, "grantedOn", data.grantedOn());
        String grantNumber = grantNumber(event, number, data.grantNumber());

        var existing = holdings.findByIdOptional(number.value());
        IpHolding holding = existing.orElseGet(() -> IpHolding.of(number.value(), type, holder));
        holding.granted(type, data.title(), grantedOn, grantNumber, event.id(), now());
        persistIfNew(holding, existing.isEmpty());
    }

    private void lapsed(CloudEvent event) {
        PatentLapsed data = EventJson.data(event, PatentLapsed.class);
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        String holder = uscc(event, "holderUscc", data.holderUscc());
        LocalDate lapsedOn = required(event, "lapsedOn", data.lapsedOn());

        var existing = holdings.findByIdOptional(number.value());
        // a lapse carries no type: the application number's type digit tells it
        IpHolding holding = existing.orElseGet(() -> IpHolding.of(number.value(), number.type(), holder));
        holding.lapsed(lapsedOn, required(event, "reason", data.reason()), event.id(), now());
        persistIfNew(holding, existing.isEmpty());
    }

    private void transferred(CloudEvent event) {
        PatentTransferred data = EventJson.data(event, PatentTransferred.class);
        PatentApplicationNumber number = applicationNumber(event, data.applicationNumber());
        PatentType type = patentType(event, number, data.patentType());
        String to = uscc(event, "toUscc", data.toUscc());
        LocalDate transferredOn = required(event, "transferredOn", data.transferredOn());

        var existing = holdings.findByIdOptional(number.value());
        existing.filter(h -> !h.holderUscc().equals(data.fromUscc()))
                .ifPresent(h -> LOG.warnf("event %s transfers %s from %s, but the replica knew %s as its holder",
                        event.id(), number, data.fromUscc(), h.holderUscc()));
        IpHolding holding = existing.orElseGet(() -> IpHolding.of(number.value(), type, to));
        holding.transferred(type, data.title(), to, transferredOn, event.id(), now());
        persistIfNew(holding, existing.isEmpty());
    }

    private void persistIfNew(IpHolding holding, boolean isNew) {
        if (isNew) {
            // persisted once complete: Hibernate inserts the state an entity has when it is persisted
            holdings.persist(holding);
        }
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

    /** Syntax only: a few real early codes fail the check character (DOMAIN "Identifiers"). */
    private static String uscc(CloudEvent event, String field, String code) {
        if (!Uscc.isWellFormed(required(event, field, code))) {
            throw poison(event, field + " " + code + " is not a unified social credit code");
        }
        return code;
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

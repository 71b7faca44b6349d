package org.keji.enterprise.ipholding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.EventJson;
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

/**
 * Fixtures: ip events written the way ip-service will write them (CloudEvents envelope, key = application number), on
 * application numbers not used before in this JVM, so tests run in any order.
 */
public final class IpEvents {

    public static final String TOPIC = "keji.ip.v1";
    public static final String DEAD_LETTER_TOPIC = "keji.enterprise.dlq.v1";

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 5_000_000L);

    private IpEvents() {
    }

    /** A valid canonical application number of the given kind, filed in 2023. */
    public static String anApplicationNumber(PatentType type) {
        String twelve = "2023" + type.digit() + String.format("%07d", SERIAL.incrementAndGet() % 10_000_000L);
        return twelve + "." + PatentApplicationNumber.checkCharacter(twelve);
    }

    public static String granted(String number, PatentType type, String holderUscc, LocalDate grantedOn) {
        return envelope(new PatentGranted(number, type, "一种" + type.name() + "专利 " + number, holderUscc, grantedOn,
                "ZL" + number));
    }

    /** A grant of an invention, filed under a fresh number. */
    public static String anInventionGranted(String holderUscc, LocalDate grantedOn) {
        return granted(anApplicationNumber(PatentType.INVENTION), PatentType.INVENTION, holderUscc, grantedOn);
    }

    public static String lapsed(String number, String holderUscc, LocalDate lapsedOn, LapseReason reason) {
        return envelope(new PatentLapsed(number, holderUscc, lapsedOn, reason));
    }

    public static String transferred(String number, PatentType type, String fromUscc, String toUscc,
            LocalDate transferredOn) {
        return envelope(new PatentTransferred(number, type, "转让的专利 " + number, fromUscc, toUscc, transferredOn));
    }

    /** A v2 grant to the given holders, e.g. {@code share(a, "60.00"), share(b, "40.00")}. */
    public static String grantedV2(String number, PatentType type, LocalDate grantedOn, PatentHolderShare... holders) {
        return envelope(new PatentGrantedV2(number, type, "一种共有专利 " + number, List.of(holders), grantedOn,
                "ZL" + number));
    }

    public static String lapsedV2(String number, LocalDate lapsedOn, LapseReason reason,
            PatentHolderShare... holders) {
        return envelope(new PatentLapsedV2(number, PatentApplicationNumber.of(number).type(), List.of(holders),
                lapsedOn, reason));
    }

    public static String transferredV2(String number, List<PatentHolderShare> from, List<PatentHolderShare> to,
            LocalDate transferredOn) {
        return envelope(new PatentTransferredV2(number, PatentApplicationNumber.of(number).type(), "转让的共有专利 " + number,
                from, to, transferredOn));
    }

    public static String restored(String number, LocalDate restoredOn, PatentHolderShare... holders) {
        return envelope(new PatentRestored(number, PatentApplicationNumber.of(number).type(), "恢复的专利 " + number,
                List.of(holders), restoredOn));
    }

    public static PatentHolderShare share(String uscc, String percent) {
        return new PatentHolderShare(uscc, new BigDecimal(percent));
    }

    /** An event of a type this consumer does not know, e.g. from a newer ip-service. */
    public static String ofUnknownType(String number) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/keji/ip-service",
                "keji.ip.patent.pledged.v1", number, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(new Pledge(number, "icbc-fz"))));
    }

    public static String envelope(DomainEvent data) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/keji/ip-service",
                data.eventType(), data.aggregateId(), OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(data)));
    }

    /** The Kafka key of an event: its subject, the application number. */
    public static String key(String event) {
        return EventJson.read(event).subject();
    }

    public static String id(String event) {
        return EventJson.read(event).id();
    }

    public static String applicationNumber(String event) {
        return key(event);
    }

    private record Pledge(String applicationNumber, String pledgee) {
    }
}

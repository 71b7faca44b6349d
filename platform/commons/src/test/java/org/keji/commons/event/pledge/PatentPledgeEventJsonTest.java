package org.keji.commons.event.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.Envelopes;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.money.Money;

/** The pledge saga's contracts survive the wire unchanged: Chinese text as is, money exact, keyed by the request id. */
class PatentPledgeEventJsonTest {

    private static final UUID REQUEST = UUID.fromString("5f0c2a7e-8d4b-4c1a-9e3f-2b6d8a1c0e47");
    private static final String PATENT = "202310123456.6";
    private static final String CO_OWNED = "202380012345.6";
    private static final String PLEDGOR = "91350100M000100Y43";
    private static final String CO_HOLDER = "91350100M000200Y2L";
    private static final Money SECURED = Money.of("18472425.07");
    private static final String REGISTRATION = "Y2026350000123";

    @Test
    void shouldRoundTripAPledgeRequest() {
        PatentPledgeRequested requested = new PatentPledgeRequested(REQUEST, "FZ-LOAN-2026-0042", PLEDGOR,
                new Pledgee("icbc-fz", "中国工商银行股份有限公司福州分行"), List.of(PATENT, CO_OWNED), SECURED,
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28),
                List.of(new CoHolderConsent(CO_HOLDER, UUID.fromString("0d7e4b1a-3c2f-4e8a-9b6d-1a2c3e4f5a6b"))));

        String json = EventJson.write(envelope("/keji/finance-service", requested));

        assertEquals(requested, EventJson.data(EventJson.read(json), PatentPledgeRequested.class));
        assertTrue(json.contains("\"type\":\"keji.finance.patent-pledge.requested.v1\""), json);
        assertTrue(json.contains("\"subject\":\"" + REQUEST + "\""), "the saga id is the key: " + json);
        assertFalse(json.contains("aggregateId"), "the key is the envelope's subject, not a data field");
        assertTrue(json.contains("\"securedAmount\":\"18472425.07\""), "money is an exact string: " + json);
        assertTrue(json.contains("\"name\":\"中国工商银行股份有限公司福州分行\""), json);
        assertTrue(json.contains("\"debtTermEnd\":\"2029-02-28\""), json);
        assertTrue(json.contains("\"consentMaterialId\":\"0d7e4b1a-3c2f-4e8a-9b6d-1a2c3e4f5a6b\""), json);
    }

    @Test
    void shouldRoundTripARequestWithoutCoHolders() {
        PatentPledgeRequested requested = new PatentPledgeRequested(REQUEST, "FZ-LOAN-2026-0043", PLEDGOR,
                new Pledgee("cib-fz", "兴业银行股份有限公司福州分行"), List.of(PATENT), Money.of("0.01"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null);

        String json = EventJson.write(envelope("/keji/finance-service", requested));

        PatentPledgeRequested read = EventJson.data(EventJson.read(json), PatentPledgeRequested.class);
        assertEquals(requested, read);
        assertEquals(List.of(), read.coHolderConsents());
        assertEquals(Money.of("0.01"), read.securedAmount());
    }

    @Test
    void shouldRoundTripAReleaseRequest() {
        PatentPledgeReleaseRequested release = new PatentPledgeReleaseRequested(REQUEST, REGISTRATION,
                PledgeReleaseReason.WRITTEN_OFF);

        String json = EventJson.write(envelope("/keji/finance-service", release));

        assertEquals(release, EventJson.data(EventJson.read(json), PatentPledgeReleaseRequested.class));
        assertTrue(json.contains("\"type\":\"keji.finance.patent-pledge.release-requested.v1\""), json);
        assertTrue(json.contains("\"reason\":\"WRITTEN_OFF\""), json);
    }

    @Test
    void shouldRoundTripARegistration() {
        PatentPledgeRegistered registered = new PatentPledgeRegistered(REQUEST, REGISTRATION,
                LocalDate.of(2026, 3, 10), List.of(PATENT, CO_OWNED), SECURED);

        String json = EventJson.write(envelope("/keji/ip-service", registered));

        assertEquals(registered, EventJson.data(EventJson.read(json), PatentPledgeRegistered.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent-pledge.registered.v1\""), json);
        assertTrue(json.contains("\"securedAmount\":\"18472425.07\""), json);
        assertTrue(json.contains("\"applicationNumbers\":[\"202310123456.6\",\"202380012345.6\"]"), json);
    }

    @Test
    void shouldRoundTripARefusalWithEveryGroundThatApplied() {
        PatentPledgeRefused refused = new PatentPledgeRefused(REQUEST, LocalDate.of(2026, 3, 9), List.of(
                new PledgeRefusal(PledgeRefusalGround.ALREADY_PLEDGED, PATENT, "该专利已于2025-03-01出质给兴业银行"),
                new PledgeRefusal(PledgeRefusalGround.ANNUITY_OVERDUE, PATENT, "第4年年费逾期未缴"),
                new PledgeRefusal(PledgeRefusalGround.CO_HOLDER_CONSENT_MISSING, CO_OWNED, "共有专利权人未提交同意出质的书面文件"),
                new PledgeRefusal(PledgeRefusalGround.PATENT_UNKNOWN, "202410999999.X", null)));

        String json = EventJson.write(envelope("/keji/ip-service", refused));

        PatentPledgeRefused read = EventJson.data(EventJson.read(json), PatentPledgeRefused.class);
        assertEquals(refused, read);
        assertEquals(4, read.grounds().size());
        assertTrue(json.contains("\"type\":\"keji.ip.patent-pledge.refused.v1\""), json);
        assertTrue(json.contains("\"ground\":\"CO_HOLDER_CONSENT_MISSING\""), json);
        assertTrue(json.contains("该专利已于2025-03-01出质给兴业银行"), "Chinese text is written as is: " + json);
    }

    @Test
    void shouldRoundTripARelease() {
        PatentPledgeReleased released = new PatentPledgeReleased(REQUEST, REGISTRATION, LocalDate.of(2029, 3, 2));

        String json = EventJson.write(envelope("/keji/ip-service", released));

        assertEquals(released, EventJson.data(EventJson.read(json), PatentPledgeReleased.class));
        assertTrue(json.contains("\"type\":\"keji.ip.patent-pledge.released.v1\""), json);
        assertTrue(json.contains("\"releasedOn\":\"2029-03-02\""), json);
    }

    @Test
    void shouldListEveryRefusalGround() {
        assertEquals(List.of("PATENT_UNKNOWN", "PLEDGOR_NOT_HOLDER", "NOT_GRANTED", "RIGHT_ENDED", "ANNUITY_OVERDUE",
                "OWNERSHIP_DISPUTE", "PRESERVATION", "DEBT_TERM_BEYOND_PATENT_TERM", "CO_HOLDER_CONSENT_MISSING",
                "ALREADY_PLEDGED", "INVALIDATION_PENDING"),
                java.util.Arrays.stream(PledgeRefusalGround.values()).map(Enum::name).toList());
    }

    @Test
    void shouldTreatARefusalWithoutGroundsAsPoison() {
        assertThrows(IllegalArgumentException.class, () -> new PatentPledgeRefused(REQUEST, LocalDate.now(), List.of()));
        String json = EventJson.write(envelope("/keji/ip-service", new PatentPledgeRefused(REQUEST,
                LocalDate.of(2026, 3, 9), List.of(new PledgeRefusal(PledgeRefusalGround.NOT_GRANTED, PATENT, "未授权")))))
                .replaceAll("\"grounds\":\\[[^\\]]*\\]", "\"grounds\":[]");

        assertThrows(PoisonEventException.class, () -> EventJson.data(EventJson.read(json), PatentPledgeRefused.class));
    }

    @Test
    void shouldTreatMoneyWithFenFractionsAsPoison() {
        String json = EventJson.write(envelope("/keji/ip-service", new PatentPledgeRegistered(REQUEST, REGISTRATION,
                LocalDate.of(2026, 3, 10), List.of(PATENT), SECURED))).replace("18472425.07", "18472425.075");

        assertThrows(PoisonEventException.class,
                () -> EventJson.data(EventJson.read(json), PatentPledgeRegistered.class));
    }

    private static CloudEvent envelope(String source, DomainEvent data) {
        return Envelopes.of(source, data, OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
    }
}

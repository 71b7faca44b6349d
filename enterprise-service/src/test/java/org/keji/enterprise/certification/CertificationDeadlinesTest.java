package org.keji.enterprise.certification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.CertificationExpired;
import org.keji.commons.event.enterprise.CertificationRecheckCleared;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The deadlines of a certificate's life on the days that decide them, with the services' clock set by the test: the
 * annual report due on 31 May, the change report due three months after the change, and expiry the day after the last
 * day of validity — by two expiry jobs at once. The days are in the past, where no other test leaves an active
 * certificate.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationDeadlinesTest {

    @Inject
    MutableClock clock;

    @Inject
    CertificationExpiryJob expiryJob;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void shouldFileAnnualReportOnTheThirtyFirstOfMayOnTimeAndOnTheFirstOfJuneLate() {
        clock.travelTo(LocalDate.of(2025, 5, 31));
        Certifications.Held onTime = Certifications.anHnteCertificate(LocalDate.of(2024, 3, 1));
        Certifications.Held late = Certifications.anHnteCertificate(LocalDate.of(2024, 3, 1));
        YearlyFiguresFixtures.report(onTime.uscc(), 2024, YearlyFiguresFixtures.someFigures());
        YearlyFiguresFixtures.report(late.uscc(), 2024, YearlyFiguresFixtures.someFigures());
        String officer = Tokens.shared().officer();

        Certifications.get(officer, late.id()).then().statusCode(200).body("missingAnnualReports", equalTo(List.of()));
        Certifications.fileAnnualReport(Tokens.shared().applicant(onTime.uscc()), onTime.id(), 2024).then()
                .statusCode(201).body("dueOn", equalTo("2025-05-31")).body("late", equalTo(false));

        clock.travelTo(LocalDate.of(2025, 6, 1));
        Certifications.get(officer, late.id()).then().statusCode(200)
                .body("missingAnnualReports", equalTo(List.of(2024)));
        Certifications.fileAnnualReport(Tokens.shared().applicant(late.uscc()), late.id(), 2024).then()
                .statusCode(201).body("dueOn", equalTo("2025-05-31")).body("late", equalTo(true));
        Certifications.get(officer, late.id()).then().statusCode(200).body("missingAnnualReports", equalTo(List.of()));
    }

    @Test
    void shouldReportAChangeOnTimeThreeMonthsAfterAndLateOneDayMore() {
        clock.travelTo(LocalDate.of(2025, 6, 15));
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(2024, 3, 1));
        String applicant = Tokens.shared().applicant(held.uscc());

        Certifications.reportChange(applicant, held.id(), "REGION", LocalDate.of(2025, 3, 15)).then().statusCode(201)
                .body("dueOn", equalTo("2025-06-15")).body("late", equalTo(false));
        Certifications.reportChange(applicant, held.id(), "OWNERSHIP", LocalDate.of(2025, 3, 14)).then()
                .statusCode(201).body("dueOn", equalTo("2025-06-14")).body("late", equalTo(true));
    }

    @Test
    void shouldExpireEveryDueCertificateOnceWithOneEventWhenTwoJobsRunAtOnce() throws Exception {
        LocalDate lastDay = LocalDate.of(2025, 9, 30);
        clock.travelTo(lastDay);
        List<Certifications.Held> due = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // the type's validity ends on lastDay
            due.add(Certifications.aCertificate("HNTE", LocalDate.of(2022, 10, 1), null));
        }
        Certifications.Held rechecked = Certifications.aCertificate("HNTE", LocalDate.of(2022, 10, 1), null);
        long version = Certifications.underRecheck(rechecked.id());
        for (Certifications.Held held : due) {
            Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200)
                    .body("validTo", equalTo("2025-09-30")).body("status", equalTo("ACTIVE"));
        }
        // nothing is due on the last day of validity
        expiryJob.expireDue();
        for (Certifications.Held held : due) {
            Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"));
        }
        long before = count("SELECT count(*) FROM outbox_event WHERE type = ?", CertificationExpired.TYPE);

        clock.travelTo(lastDay.plusDays(1));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return expiryJob.expireDue();
        };
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = replicas.submit(run);
            Future<Integer> second = replicas.submit(run);
            start.countDown();
            int expired = first.get() + second.get();

            // one event per certificate expired, whichever run expired it (only ours are due on that day)
            assertEquals(due.size(), expired);
            assertEquals(expired, count("SELECT count(*) FROM outbox_event WHERE type = ?",
                    CertificationExpired.TYPE) - before);
        } finally {
            replicas.shutdownNow();
        }
        for (Certifications.Held held : due) {
            Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200)
                    .body("status", equalTo("EXPIRED")).body("expiredOn", equalTo("2025-10-01"))
                    .body("allowedActions", equalTo(List.of()));
            assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE type = ? "
                    + "AND payload -> 'data' ->> 'certificationId' = ?", CertificationExpired.TYPE, held.id()));
        }
        assertEquals(0, expiryJob.expireDue());
        Certifications.get(Tokens.shared().officer(), due.get(0).id()).then().statusCode(200)
                .body("version", equalTo(1));

        // under re-check it waits for the officer; cleared after its validity it expires at once
        Certifications.get(Tokens.shared().officer(), rechecked.id()).then().statusCode(200)
                .body("status", equalTo("UNDER_RECHECK"));
        Certifications.clear(rechecked.id(), version).then().statusCode(200).body("status", equalTo("EXPIRED"))
                .body("expiredOn", equalTo("2025-10-01")).body("recheckClearedOn", equalTo("2025-10-01"));
        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        assertEquals("EXPIRED", EventJson.data(EventJson.read(probe.await("keji.enterprise.v1",
                r -> rechecked.uscc().equals(r.key()) && r.value().contains(CertificationRecheckCleared.TYPE), 1,
                Duration.ofSeconds(30)).get(0).value()), CertificationRecheckCleared.class).status());
        CertificationExpired expired = EventJson.data(EventJson.read(probe.await("keji.enterprise.v1",
                r -> due.get(0).uscc().equals(r.key()) && r.value().contains(CertificationExpired.TYPE), 1,
                Duration.ofSeconds(30)).get(0).value()), CertificationExpired.class);
        assertEquals(due.get(0).id(), expired.certificationId().toString());
        assertEquals(LocalDate.of(2025, 9, 30), expired.validTo());
        assertEquals(LocalDate.of(2025, 10, 1), expired.expiredOn());
        assertEquals("HNTE", expired.certificationType());
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i].toString());
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

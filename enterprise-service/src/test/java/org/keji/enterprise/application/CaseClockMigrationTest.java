package org.keji.enterprise.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Migrations of existing applications. V9 puts the applications submitted before it on the case kernel: their limits from their
 * type, the promised date
 * kept, the legal one derived (exact where the limits are equal, else counted Monday to Friday and marked provisional
 * until the service counts it again), and dates reaching beyond the calendar data of then (2025–2026) provisional.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CaseClockMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceDatabase;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void shouldBackfillTheCaseClockOfApplicationsSubmittedBeforeIt() throws SQLException {
        String url = scratchDatabase("case_clock_backfill");
        migrate(url, "8");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO enterprise (id, uscc, name, region, registration_date, created_at, updated_at)
                    VALUES (gen_random_uuid(), '91350100M000100Y43', '福州市星火科技有限公司', '350100', '2019-03-15',
                        now(), now());
                    INSERT INTO certification_application (id, tracking_number, matter_code, uscc, certification_type,
                        year, status, materials, submitted_on, due_on, paused_working_days, submitted_by, created_at,
                        updated_at, decided_on)
                    VALUES (gen_random_uuid(), 'ENT-20260302-00000001', 'KJ-ENT-HNTE', '91350100M000100Y43', 'HNTE',
                            2026, 'CERTIFIED', '[]', '2026-03-02', '2026-05-29', 0, 'a', now(), now(), '2026-05-20'),
                        (gen_random_uuid(), 'ENT-20260302-00000002', 'KJ-ENT-TECH-SME', '91350100M000100Y43',
                            'TECH_SME', 2026, 'SUBMITTED', '[]', '2026-03-02', '2026-03-30', 0, 'a', now(), now(), null),
                        (gen_random_uuid(), 'ENT-20261130-00000003', 'KJ-ENT-TECH-GIANT', '91350100M000100Y43',
                            'TECH_GIANT', 2026, 'SUBMITTED', '[]', '2026-11-30', '2027-01-11', 0, 'a', now(), now(),
                            null)""");
        }

        migrate(url, "9");

        assertEquals(List.of(
                // equal limits: the legal date is the promised one; the decision day became closed_on
                "ENT-20260302-00000001 60 60 2026-05-29 false 2026-05-29 false 2026-05-20",
                // 10 more working days counted Monday to Friday (清明 on 6 April is not known to SQL): provisional
                "ENT-20260302-00000002 20 30 2026-03-30 false 2026-04-13 true null",
                // counted into 2027, a year without data then
                "ENT-20261130-00000003 30 45 2027-01-11 true 2027-02-01 true null"),
                rows(url, """
                        SELECT tracking_number, promised_limit, legal_limit, promised_due_on,
                            promised_due_on_provisional, legal_due_on, legal_due_on_provisional, closed_on
                        FROM certification_application ORDER BY tracking_number"""));
    }

    /**
     * V14: applications submitted with free-text material references stay readable, each reference kept as
     * {@code legacyReference} (no material id is guessed from text), in the order given.
     */
    @Test
    void shouldKeepFreeTextMaterialReferencesReadableAsLegacyReferences() throws SQLException {
        String url = scratchDatabase("material_references");
        migrate(url, "13");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO enterprise (id, uscc, name, region, registration_date, created_at, updated_at)
                    VALUES (gen_random_uuid(), '91350100M000100Y43', '福州市星火科技有限公司', '350100', '2019-03-15',
                        now(), now()),
                        (gen_random_uuid(), '91350100M000100Y44', '福州市燎原科技有限公司', '350100', '2019-03-15',
                        now(), now());
                    INSERT INTO certification_application (id, tracking_number, matter_code, uscc, certification_type,
                        year, status, materials, submitted_on, paused_working_days, submitted_by, created_at,
                        updated_at, promised_limit, legal_limit, promised_due_on, legal_due_on)
                    VALUES (gen_random_uuid(), 'ENT-20260302-00000011', 'KJ-ENT-HNTE', '91350100M000100Y43', 'HNTE',
                            2026, 'SUBMITTED',
                            '[{"name":"研发项目说明","reference":"doc-001"},{"name":"知识产权证明材料","reference":"ZL2023"}]',
                            '2026-03-02', 0, 'a', now(), now(), 60, 60, '2026-05-29', '2026-05-29'),
                        (gen_random_uuid(), 'ENT-20260302-00000012', 'KJ-ENT-HNTE', '91350100M000100Y44', 'HNTE',
                            2026, 'SUBMITTED', '[]', '2026-03-02', 0, 'a', now(), now(), 60, 60, '2026-05-29',
                            '2026-05-29')""");
        }

        migrate(url, "14");

        assertEquals(List.of("ENT-20260302-00000011 [{\"name\": \"研发项目说明\", \"legacyReference\": \"doc-001\"}, "
                + "{\"name\": \"知识产权证明材料\", \"legacyReference\": \"ZL2023\"}]", "ENT-20260302-00000012 []"),
                rows(url, "SELECT tracking_number, materials FROM certification_application ORDER BY tracking_number"));
    }

    /**
     * V16: every holding known before it came from a v1 ip event and keeps its one holder, now with all of it
     * ({@code 100.00}) and the same start date, in the holder table.
     */
    @Test
    void shouldMoveEachSingleHolderToTheHolderTableWithTheWholeShare() throws SQLException {
        String url = scratchDatabase("ip_holding_shares");
        migrate(url, "15");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO ip_holding (application_number, holder_uscc, patent_type, ip_class, title, granted_on,
                        grant_number, status, lapsed_on, lapse_reason, held_since, revision, last_event_id, updated_at)
                    VALUES ('202310123456.6', '91350100M000100Y43', 'INVENTION', 'CLASS_I', '一种锂电池极片涂布方法',
                            '2024-06-18', 'ZL202310123456.6', 'ACTIVE', null, null, '2024-06-18', 1, 'e1', now()),
                        ('202320123456.1', '91350100M000200Y2L', 'UTILITY_MODEL', 'CLASS_II', null, null, null,
                            'LAPSED', '2026-01-05', 'TERM_EXPIRED', null, 1, 'e2', now())""");
        }

        migrate(url, "16");

        assertEquals(List.of("202310123456.6 91350100M000100Y43 100.00 2024-06-18",
                "202320123456.1 91350100M000200Y2L 100.00 null"), rows(url, """
                        SELECT application_number, holder_uscc, share, held_since FROM ip_holding_holder
                        ORDER BY application_number"""));
        assertEquals(List.of("202310123456.6 ACTIVE null", "202320123456.1 LAPSED null"), rows(url, """
                SELECT application_number, status, restored_on FROM ip_holding ORDER BY application_number"""));
    }

    private String scratchDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serviceDatabase, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return serviceDatabase.substring(0, serviceDatabase.lastIndexOf('/') + 1) + name;
    }

    private void migrate(String url, String target) {
        Flyway.configure(CaseClockMigrationTest.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/platform").target(target).load().migrate();
    }

    private List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}

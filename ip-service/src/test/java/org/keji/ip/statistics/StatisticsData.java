package org.keji.ip.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.keji.commons.identifier.PatentType;

/**
 * Rows written straight into the tables the statistics count, in regions of the test's own: each {@link #aProvince()}
 * is a two-digit code no other test uses (70–99, not real provinces).
 */
final class StatisticsData {

    private static final AtomicInteger PROVINCES = new AtomicInteger(70 + (int) (System.nanoTime() % 10));

    private StatisticsData() {
    }

    static String aProvince() {
        return Integer.toString(PROVINCES.getAndIncrement());
    }

    /**
     * {@code count} patents of {@code type} in {@code region} filed on {@code filed}, granted on {@code granted} (null:
     * FILED), lapsed on {@code lapsed} (null: in force), their term ending by the type.
     */
    static void patents(DataSource dataSource, int count, PatentType type, String region, LocalDate filed,
            LocalDate granted, LocalDate lapsed) {
        String status = lapsed != null ? "LAPSED" : granted != null ? "GRANTED" : "FILED";
        execute(dataSource, """
                INSERT INTO patent (id, application_number, patent_type, title, ipc_main_class, ipc_classes, filing_date,
                                    filing_year, region, inventors, term_ends_on, status, lapse_reason, grant_number,
                                    granted_on, lapsed_on, last_sequence, version, registered_by, registered_at)
                SELECT gen_random_uuid(), left(md5(random()::text || g), 14), ?, '统计测试专利', 'G06F 16/00', '[]',
                       CAST(? AS date), ?, ?, '[]', CAST(? AS date), ?, CAST(? AS varchar), NULL,
                       CAST(? AS date), CAST(? AS date), 1, 0, 'test', now()
                FROM generate_series(1, ?) AS g""", type.name(), filed, filed.getYear(), region,
                type.termEndsOn(filed), status, lapsed != null ? "ANNUITY_UNPAID" : null, granted, lapsed, count);
    }

    static void population(DataSource dataSource, String region, int year, long residents) {
        execute(dataSource, """
                INSERT INTO regional_population (region, year, residents, source, updated_by, updated_at)
                VALUES (?, ?, ?, '统计测试', 'test', now())""", region, year, residents);
    }

    /** A registered technology contract, or one still SUBMITTED when {@code registeredAmount} is null. */
    static void contract(DataSource dataSource, String type, String region, int year, String contractAmount,
            String registeredAmount) {
        execute(dataSource, """
                INSERT INTO technology_contract (id, tracking_number, matter_code, contract_type, title, seller_uscc,
                    seller_name, buyer_name, signed_on, term_from, term_to, contract_amount, region, year, status,
                    materials, registration_number, registered_amount, submitted_on, promised_limit, legal_limit,
                    promised_due_on, legal_due_on, promised_due_on_provisional, legal_due_on_provisional,
                    paused_working_days, submitted_by, created_at, updated_at, version)
                VALUES (gen_random_uuid(), 'T' || left(md5(random()::text), 20), 'KJ-IP-TECH-CONTRACT', ?, '统计测试合同',
                    '91350100M000100Y43', '卖方', '买方', DATE '2025-01-01', DATE '2025-01-01', DATE '2026-01-01',
                    CAST(? AS numeric), ?, ?, ?, '[]', CASE WHEN ? THEN left(md5(random()::text), 20) END,
                    CAST(? AS numeric), DATE '2025-01-01', 5, 10, DATE '2025-01-08', DATE '2025-01-15', false, false, 0,
                    'test', now(), now(), 0)""", type, contractAmount, region, year,
                registeredAmount != null ? "REGISTERED" : "SUBMITTED", registeredAmount != null, registeredAmount);
    }

    static void dispute(DataSource dataSource, String category, String kind, String status, String outcome,
            String region, int year) {
        execute(dataSource,
                """
                        INSERT INTO ip_dispute (id, tracking_number, matter_code, category, kind, status, outcome, region, year,
                            requester_type, requester_uscc, requester_name, respondents, claim_summary, evidence, decision_limit,
                            handling_promised_limit, handling_legal_limit, closing_limit, step_started_on, submitted_on,
                            promised_limit, legal_limit, promised_due_on, legal_due_on, promised_due_on_provisional,
                            legal_due_on_provisional, paused_working_days, requested_by, created_at, updated_at, version)
                        VALUES (gen_random_uuid(), 'D' || left(md5(random()::text), 20), '330220012000', ?, ?, ?, CAST(? AS varchar), ?, ?,
                            'ENTERPRISE', '91350100M000100Y43', '请求人', '[]', '统计测试', '[]', 5, 40, 60, 5, DATE '2025-01-01',
                            DATE '2025-01-01', 40, 60, DATE '2025-03-01', DATE '2025-04-01', false, false, 0, 'test', now(),
                            now(), 0)""",
                category, kind, status, outcome, region, year);
    }

    /** An inspection of {@code products} (a JSON array) on {@code day} finding problems of {@code problemTypes}. */
    static void inspection(DataSource dataSource, String region, LocalDate day, String products,
            String... problemTypes) {
        String id = java.util.UUID.randomUUID().toString();
        execute(dataSource,
                """
                        INSERT INTO enforcement_inspection (id, region, place, inspected_on, year, party_name, products,
                            follow_up_action, recorded_by, recorded_at, updated_at, version)
                        VALUES (CAST(? AS uuid), ?, '检查地点', CAST(? AS date), ?, '被检查人', CAST(? AS jsonb), 'NONE', 'test', now(), now(), 0)""",
                id, region, day, day.getYear(), products);
        for (int i = 0; i < problemTypes.length; i++) {
            execute(dataSource, """
                    INSERT INTO enforcement_inspection_problem (id, inspection_id, position, problem_type, description,
                        region, year)
                    VALUES (gen_random_uuid(), CAST(? AS uuid), ?, ?, '问题', ?, ?)""", id, i + 1, problemTypes[i],
                    region, day.getYear());
        }
    }

    /** A subsidy policy of {@code kind} for {@code year} in {@code region}; its id. */
    static String policy(DataSource dataSource, String kind, String region, int year) {
        String id = java.util.UUID.randomUUID().toString();
        execute(dataSource, """
                INSERT INTO patent_subsidy_policy (id, code, name, year, region, region_prefix, kind, eligible_status,
                    application_from, application_to, matter_code, promised_working_days, legal_working_days, status,
                    created_by, created_at, updated_at)
                VALUES (CAST(? AS uuid), 'P-' || left(md5(random()::text), 30), '统计测试政策', ?, ?, ?, ?, 'FILED',
                    DATE '2024-01-01', DATE '2025-12-31', '330220014000', 10, 20, 'OPEN', 'test', now(), now())""",
                id, year, region, region.replaceAll("(00)+$", ""), kind);
        return id;
    }

    /**
     * {@code count} subsidy applications under {@code policyId}, each for a patent of its own of {@code type} in
     * {@code region}, approved for {@code amount} and paid on {@code paidOn} (null: approved, not yet paid).
     */
    static void subsidies(DataSource dataSource, String policyId, int count, PatentType type, String region,
            String amount, LocalDate paidOn) {
        LocalDate filed = LocalDate.of(2023, 5, 1);
        execute(dataSource, """
                WITH p AS (
                    INSERT INTO patent (id, application_number, patent_type, title, ipc_main_class, ipc_classes,
                                        filing_date, filing_year, region, inventors, term_ends_on, status, last_sequence,
                                        version, registered_by, registered_at)
                    SELECT gen_random_uuid(), left(md5(random()::text || g), 14), ?, '资助测试专利', 'G06F 16/00', '[]',
                           CAST(? AS date), ?, ?, '[]', CAST(? AS date), 'FILED', 1, 0, 'test', now()
                    FROM generate_series(1, ?) AS g
                    RETURNING id, application_number, patent_type, region)
                INSERT INTO patent_subsidy_application (id, tracking_number, matter_code, policy_id, year, patent_id,
                    application_number, patent_type, applicant_uscc, region, amount, status, materials, approved_amount,
                    approved_by, approved_on, paid_amount, paid_on, voucher_number, paid_by, submitted_on,
                    promised_limit, legal_limit, promised_due_on, legal_due_on, promised_due_on_provisional,
                    legal_due_on_provisional, paused_working_days, closed_on, submitted_by, created_at, updated_at,
                    version)
                SELECT gen_random_uuid(), 'S' || left(md5(random()::text || p.id::text), 20), '330220014000',
                    CAST(? AS uuid), 2025, p.id, p.application_number, p.patent_type, '91350100M000100Y43', p.region,
                    CAST(? AS numeric), ?, '[]', CAST(? AS numeric), 'maker', DATE '2025-01-02',
                    CASE WHEN ? THEN CAST(? AS numeric) END, CAST(? AS date), CASE WHEN ? THEN 'V-1' END,
                    CASE WHEN ? THEN 'checker' END, DATE '2025-01-01', 10, 20, DATE '2025-01-15', DATE '2025-02-01',
                    false, false, 0, CAST(? AS date), 'test', now(), now(), 0
                FROM p""", type.name(), filed, filed.getYear(), region, type.termEndsOn(filed), count, policyId,
                amount, paidOn != null ? "PAID" : "APPROVED", amount, paidOn != null, amount, paidOn, paidOn != null,
                paidOn != null, paidOn);
    }

    private static void execute(DataSource dataSource, String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

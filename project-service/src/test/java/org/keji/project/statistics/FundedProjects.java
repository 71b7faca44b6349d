package org.keji.project.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * Calls, projects and evaluations written straight into project-service's tables (the APIs moving a project there are
 * built elsewhere), in regions of the test's own: each {@link #aProvince()} is a two-digit code no other test uses
 * (70–99, not real provinces).
 */
public final class FundedProjects {

    private static final AtomicInteger PROVINCES = new AtomicInteger(70 + (int) (System.nanoTime() % 10));
    private static final AtomicInteger CALL_REGIONS = new AtomicInteger((int) (System.nanoTime() % 1000) * 100);

    private FundedProjects() {
    }

    public static String aProvince() {
        return Integer.toString(PROVINCES.getAndIncrement());
    }

    /** A call of {@code year} and {@code batch}, level and category as given; its own region keeps it unique. */
    public static UUID call(DataSource dataSource, int year, int batch, String level, String category) {
        UUID id = UUID.randomUUID();
        String region = "6" + String.format("%05d", CALL_REGIONS.getAndIncrement() % 100_000);
        execute(dataSource, """
                INSERT INTO project_call (id, code, title, level, category, year, batch, region, opens_at, closes_at,
                    total_budget, max_grant, experts_per_application, matter_code, promised_working_days,
                    legal_working_days, created_by, created_at, updated_at)
                VALUES (?, ?, '统计测试指南', ?, ?, ?, ?, ?, now() - interval '60 days', now() - interval '30 days',
                    9999999999999.00, 999999999.00, 3, 'KJ-PRJ-TEST', 20, 30, 'test', now(), now())""", id,
                "T-" + id.toString().substring(0, 13), level, category, year, batch, region);
        return id;
    }

    /**
     * {@code count} projects of {@code call} in {@code region} with the plan and grant given, in {@code status} (a
     * decided case: submitted and closed); returns the id of the last one.
     */
    public static UUID projects(DataSource dataSource, int count, UUID call, String region, String industry,
            String undertakerType, String technologySource, String status, String plannedGovernment,
            String plannedSelfRaised, String grant) {
        UUID last = null;
        for (int i = 0; i < count; i += 1000) {
            int batch = Math.min(1000, count - i);
            last = insertProjects(dataSource, batch, null, call, region, industry, undertakerType, technologySource, status,
                    plannedGovernment, plannedSelfRaised, grant);
        }
        return last;
    }

    /** One project of the enterprise {@code uscc} (an ACTIVE project to evaluate later, or one awaiting it). */
    public static UUID project(DataSource dataSource, String uscc, UUID call, String region, String status) {
        return insertProjects(dataSource, 1, uscc, call, region, "INDUSTRIAL", "ENTERPRISE", "OWN_RD", status,
                "500000.00", "800000.00", "500000.00");
    }

    private static UUID insertProjects(DataSource dataSource, int count, String uscc, UUID call, String region, String industry,
            String undertakerType, String technologySource, String status, String plannedGovernment,
            String plannedSelfRaised, String grant) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        """
                                INSERT INTO project_application (id, tracking_number, matter_code, uscc, region, call_id, title, field,
                                    industry, undertaker_type, technology_source, requested_amount, planned_government_funds,
                                    planned_self_raised_funds, planned_start, planned_end, status, submitted_on, promised_limit,
                                    legal_limit, promised_due_on, legal_due_on, promised_due_on_provisional, legal_due_on_provisional,
                                    paused_working_days, closed_on, submitted_at, grant_amount, created_by, created_at, updated_at)
                                SELECT gen_random_uuid(), 'PRJT' || left(md5(random()::text || g), 24), 'KJ-PRJ-TEST',
                                    coalesce(CAST(? AS varchar), '91' || ? || upper(left(md5(random()::text || g), 10))), ?, ?, '统计测试项目', 'electronics', ?, ?, ?,
                                    1000.00, CAST(? AS numeric), CAST(? AS numeric), DATE '2025-01-01', DATE '2027-12-31', ?,
                                    DATE '2025-01-02', 20, 30, DATE '2025-02-01', DATE '2025-03-01', false, false, 0,
                                    DATE '2025-01-20', now(), CAST(? AS numeric), 'test', now(), now()
                                FROM generate_series(1, ?) AS g
                                RETURNING id""")) {
            Object[] values = { uscc, region, region, call, industry, undertakerType, technologySource, plannedGovernment,
                    plannedSelfRaised, status, grant, count };
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            UUID last = null;
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    last = rows.getObject(1, UUID.class);
                }
            }
            return last;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The evaluation of {@code project} in {@code status} with the funds received and every outcome count equal to
     * {@code count} (inventions: 1 when patents allow it).
     */
    public static void evaluation(DataSource dataSource, UUID project, String status, String receivedGovernment,
            String receivedSelfRaised, String salesRevenue, String profit, int count) {
        execute(dataSource, """
                INSERT INTO project_evaluation (id, application_id, uscc, region, call_id, sales_revenue, profit, tax,
                    foreign_exchange_usd, new_jobs, trained_talents, patents_applied, invention_patents_applied,
                    new_products, high_tech_products, awards, received_government_funds, received_self_raised_funds,
                    status, grade, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), a.id, a.uscc, a.region, a.call_id, CAST(? AS numeric), CAST(? AS numeric),
                    10.00, 1.50, ?, ?, ?, LEAST(1, ?), ?, ?, ?, CAST(? AS numeric), CAST(? AS numeric), ?,
                    CASE WHEN ? = 'CONFIRMED' THEN 'GOOD' END, 'test', now(), now()
                FROM project_application a WHERE a.id = ?""", salesRevenue, profit, count, count, count, count, count,
                count, count, receivedGovernment, receivedSelfRaised, status, status, project);
    }

    /** A column of the project, e.g. its tracking number or status. */
    public static String column(DataSource dataSource, UUID project, String column) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT " + column + " FROM project_application WHERE id = ?")) {
            query.setObject(1, project);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(DataSource dataSource, String sql, Object... values) {
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

package org.keji.enterprise.certification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * 100 000 enterprises of the fictitious province 98 (no other test uses it) and their certificates, written by two
 * set-based statements, once per JVM, and the same sample generated again in Java by {@link #certificates()}, so
 * that tests compute every expected figure independently of the SQL under test.
 * <p>
 * Enterprise {@code i} (1…100 000) lies in county {@code 98 CC KK} with city {@code CC = 1 + i % 4} and county
 * {@code KK = 1 + (i / 4) % 3}, and holds:
 * <ul>
 * <li>HNTE (3 years) when i is even, from {@link #REFERENCE} − (i % 1200) days; REVOKED when i % 50 = 0, else EXPIRED
 * when i % 25 = 5 (even while its dates cover the reference day), else UNDER_RECHECK when i % 7 = 0, else ACTIVE;
 * GRANTED when i % 4 = 0, else IMPORTED;</li>
 * <li>a second, earlier HNTE when i % 30 = 2, 1000 days before the first, still ACTIVE (never marked expired), IMPORTED:
 * some overlap the first, so the holder has two valid HNTE certificates;</li>
 * <li>TECH_SME (1 year) when i % 3 = 0, from the reference day − (i % 500) days; REVOKED when i % 40 = 3, else
 * ACTIVE; GRANTED when i is even, else IMPORTED;</li>
 * <li>TECH_GIANT (3 years) when i % 10 = 1, from the reference day + 60 − (i % 900) days (some start later), ACTIVE,
 * GRANTED.</li>
 * </ul>
 */
public final class CertificationSample {

    public static final int ENTERPRISES = 100_000;
    /** The day the sample is built around. */
    public static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);
    /** The fictitious province of the sample. */
    public static final String PROVINCE = "98";
    /** Levels of the seeded certification types ({@code V4__certification_rules.sql}). */
    public static final Map<String, CertificationLevel> LEVELS = Map.of("HNTE", CertificationLevel.NATIONAL,
            "TECH_SME", CertificationLevel.NATIONAL, "TECH_GIANT", CertificationLevel.MUNICIPAL);

    private static final Logger LOG = Logger.getLogger(CertificationSample.class);

    private static final String REGION = "'98' || lpad((1 + i % 4)::text, 2, '0') || lpad((1 + (i / 4) % 3)::text, 2, '0')";
    private static final String USCC = "'91' || r.region || lpad(i::text, 9, '0') || 'S'";

    private static final String ENTERPRISES_SQL = """
            INSERT INTO enterprise (id, uscc, name, region, registration_date, created_at, updated_at)
            SELECT cast(md5('keji-sample-enterprise-' || i) AS uuid), %s, '统计样本企业' || i, r.region,
                   DATE '2015-01-01' + i %% 3000, now(), now()
            FROM generate_series(1, %d) AS i
            CROSS JOIN LATERAL (SELECT %s AS region) AS r""".formatted(USCC, ENTERPRISES, REGION);

    private static final String CERTIFICATES_SQL = """
            INSERT INTO certification (id, uscc, certification_type, certificate_number, valid_from, valid_to, status,
                                       region, origin, created_at, updated_at, revoked_on, revocation_ground,
                                       revocation_reason, clawback_from_year, holder_name)
            SELECT cast(md5('keji-sample-certificate-' || i || '-' || k.n) AS uuid), %1$s, k.type,
                   'SAMPLE-' || i || '-' || k.n, k.valid_from,
                   cast(k.valid_from + make_interval(years => k.years) - interval '1 day' AS date), k.status, r.region,
                   k.origin, TIMESTAMPTZ '2026-01-01 00:00:00+08' + make_interval(secs => i * 4 + k.n),
                   TIMESTAMPTZ '2026-01-01 00:00:00+08',
                   CASE WHEN k.status = 'REVOKED' THEN k.valid_from END,
                   CASE WHEN k.status = 'REVOKED' THEN 'FRAUD' END,
                   CASE WHEN k.status = 'REVOKED' THEN '样本撤销' END,
                   CASE WHEN k.status = 'REVOKED' THEN cast(extract(year FROM k.valid_from) AS integer) END,
                   '统计样本企业' || i
            FROM generate_series(1, %2$d) AS i
            CROSS JOIN LATERAL (SELECT %3$s AS region) AS r
            CROSS JOIN LATERAL (VALUES
                (1, i %% 2 = 0, 'HNTE', DATE '%4$s' - i %% 1200, 3,
                 CASE WHEN i %% 50 = 0 THEN 'REVOKED' WHEN i %% 25 = 5 THEN 'EXPIRED'
                      WHEN i %% 7 = 0 THEN 'UNDER_RECHECK' ELSE 'ACTIVE' END,
                 CASE WHEN i %% 4 = 0 THEN 'GRANTED' ELSE 'IMPORTED' END),
                (2, i %% 30 = 2, 'HNTE', DATE '%4$s' - i %% 1200 - 1000, 3, 'ACTIVE', 'IMPORTED'),
                (3, i %% 3 = 0, 'TECH_SME', DATE '%4$s' - i %% 500, 1,
                 CASE WHEN i %% 40 = 3 THEN 'REVOKED' ELSE 'ACTIVE' END,
                 CASE WHEN i %% 2 = 0 THEN 'GRANTED' ELSE 'IMPORTED' END),
                (4, i %% 10 = 1, 'TECH_GIANT', DATE '%4$s' + 60 - i %% 900, 3, 'ACTIVE', 'GRANTED')
            ) AS k(n, present, type, valid_from, years, status, origin)
            WHERE k.present""".formatted(USCC, ENTERPRISES, REGION, REFERENCE);

    private static List<Certificate> certificates;

    private CertificationSample() {
    }

    /** Writes the sample unless this JVM's database holds it already; then refreshes the planner's statistics. */
    public static synchronized void seed(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // the certificates commit in one statement after the enterprises: any one of them marks a complete sample
            try (ResultSet present = statement.executeQuery("SELECT count(*) FROM certification WHERE id = "
                    + "cast(md5('keji-sample-certificate-" + ENTERPRISES + "-1') AS uuid)")) {
                present.next();
                if (present.getLong(1) > 0) {
                    return;
                }
            }
            long start = System.nanoTime();
            statement.executeUpdate(ENTERPRISES_SQL);
            int written = statement.executeUpdate(CERTIFICATES_SQL);
            // as autovacuum would after a bulk load: row estimates for the planner, visibility for index-only scans
            statement.execute("VACUUM (ANALYZE) enterprise, certification");
            LOG.infof("seeded %,d enterprises of province %s with %,d certificates in %d ms", ENTERPRISES, PROVINCE,
                    written, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the certification sample", e);
        }
    }

    /** The sample's certificates, generated by the rules above in Java. */
    public static synchronized List<Certificate> certificates() {
        if (certificates == null) {
            List<Certificate> all = new ArrayList<>();
            for (int i = 1; i <= ENTERPRISES; i++) {
                String region = PROVINCE + "%02d%02d".formatted(1 + i % 4, 1 + (i / 4) % 3);
                String uscc = "91" + region + "%09d".formatted(i) + "S";
                if (i % 2 == 0) {
                    CertificationStatus status = i % 50 == 0 ? CertificationStatus.REVOKED
                            : i % 25 == 5 ? CertificationStatus.EXPIRED
                                    : i % 7 == 0 ? CertificationStatus.UNDER_RECHECK : CertificationStatus.ACTIVE;
                    all.add(new Certificate(uscc, "HNTE", REFERENCE.minusDays(i % 1200), 3, status, region,
                            i % 4 == 0 ? CertificationOrigin.GRANTED : CertificationOrigin.IMPORTED));
                }
                if (i % 30 == 2) {
                    all.add(new Certificate(uscc, "HNTE", REFERENCE.minusDays(i % 1200 + 1000), 3,
                            CertificationStatus.ACTIVE, region, CertificationOrigin.IMPORTED));
                }
                if (i % 3 == 0) {
                    all.add(new Certificate(uscc, "TECH_SME", REFERENCE.minusDays(i % 500), 1,
                            i % 40 == 3 ? CertificationStatus.REVOKED : CertificationStatus.ACTIVE, region,
                            i % 2 == 0 ? CertificationOrigin.GRANTED : CertificationOrigin.IMPORTED));
                }
                if (i % 10 == 1) {
                    all.add(new Certificate(uscc, "TECH_GIANT", REFERENCE.plusDays(60 - i % 900), 3,
                            CertificationStatus.ACTIVE, region, CertificationOrigin.GRANTED));
                }
            }
            certificates = List.copyOf(all);
        }
        return certificates;
    }

    /** One certificate of the sample, as the Java generator sees it. */
    public record Certificate(String uscc, String type, LocalDate validFrom, LocalDate validTo,
            CertificationStatus status, String region, CertificationOrigin origin) {

        Certificate(String uscc, String type, LocalDate validFrom, int years, CertificationStatus status, String region,
                CertificationOrigin origin) {
            this(uscc, type, validFrom, validFrom.plusYears(years).minusDays(1), status, region, origin);
        }

        public CertificationLevel level() {
            return LEVELS.get(type);
        }

        public int year() {
            return validFrom.getYear();
        }

        /** ACTIVE or UNDER_RECHECK, from its first to its last day. */
        public boolean validOn(LocalDate day) {
            return (status == CertificationStatus.ACTIVE || status == CertificationStatus.UNDER_RECHECK)
                    && !validFrom.isAfter(day) && !validTo.isBefore(day);
        }
    }
}

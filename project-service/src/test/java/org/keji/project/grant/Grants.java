package org.keji.project.grant;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.project.application.Industry;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.TechnologySource;
import org.keji.project.application.UndertakerType;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;
import org.keji.project.call.ProjectCall;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Fixtures of grants: calls, replicated enterprises and applications brought to publicity (or past it) by the entity's
 * own methods in one transaction each (the lifecycle API is not this feature's), and the grant API over HTTP.
 */
@ApplicationScoped
public class Grants {

    static final String PATH = "/api/v1/projects";
    static final String FUZHOU = "350100";

    private final EntityManager entityManager;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final TrackingNumberGenerator trackingNumbers;

    public Grants(EntityManager entityManager, WorkingCalendars calendars, Clock clock,
            TrackingNumberGenerator trackingNumbers) {
        this.trackingNumbers = trackingNumbers;
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A call of Fuzhou with {@code totalBudget} and {@code maxGrant} in yuan; its id. */
    @Transactional
    public UUID aCall(String totalBudget, String maxGrant) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProjectCall call = ProjectCall.create("G-" + UUID.randomUUID().toString().substring(0, 12), "福州市科技计划项目（测试）",
                null, CallLevel.MUNICIPAL, CallCategory.INDUSTRIAL_RD, 2000 + random.nextInt(101),
                1 + random.nextInt(99), String.valueOf(100000 + random.nextInt(900000)), now.minusMonths(3),
                now.minusMonths(2), new BigDecimal(totalBudget), new BigDecimal(maxGrant), 3, "[]", "[\"35\"]", 12,
                true, "[]", "350100KJ0001", new CaseLimits(20, 30), "admin", now);
        entityManager.persist(call);
        return call.id();
    }

    /** An enterprise of {@code region} registered on {@code registered}, as the replica would hold it. */
    @Transactional
    public String anEnterprise(String region, LocalDate registered) {
        String uscc = Usccs.aUscc(region);
        entityManager.createNativeQuery("""
                INSERT INTO enterprise_replica (uscc, name, region, registration_date, revision, last_event_id, updated_at)
                VALUES (:uscc, '福州测试科技有限公司', :region, :registered, 1, :event, now())""").setParameter("uscc", uscc)
                .setParameter("region", region).setParameter("registered", registered)
                .setParameter("event", UUID.randomUUID().toString()).executeUpdate();
        return uscc;
    }

    /** Moves the enterprise's registered region, as an update event would. */
    @Transactional
    public void moveEnterprise(String uscc, String region) {
        entityManager.createNativeQuery("UPDATE enterprise_replica SET region = :region WHERE uscc = :uscc")
                .setParameter("region", region).setParameter("uscc", uscc).executeUpdate();
    }

    /**
     * An application of a new Fuzhou enterprise to {@code call} requesting {@code requested} yuan, in PUBLICITY that
     * ended yesterday ({@code ended}) or ends in a week.
     */
    public UUID inPublicity(UUID call, String requested, boolean ended) {
        return inPublicity(call, anEnterprise(FUZHOU, LocalDate.of(2015, 1, 1)), requested, ended);
    }

    @Transactional
    public UUID inPublicity(UUID call, String uscc, String requested, boolean ended) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProjectCall c = entityManager.find(ProjectCall.class, call);
        ProjectApplication application = ProjectApplication.draft(
                trackingNumbers.next(TrackingPrefix.PRJ), c.matterCode(), uscc, FUZHOU, call,
                new ProjectApplication.Plan("车规级功率芯片封装工艺研发", null, "electronics", Industry.INDUSTRIAL,
                        UndertakerType.ENTERPRISE, TechnologySource.OWN_RD, "[]", new BigDecimal(requested),
                        new BigDecimal(requested), new BigDecimal("100000.00"), today, today.plusYears(2), "[]"),
                "applicant", now);
        application.submit(today.minusDays(40), c.limits(), calendars.current(), now);
        application.accept(null, now);
        application.rank(new BigDecimal("88.50"), 1, now);
        application.startPublicity(today.minusDays(10), ended ? today.minusDays(1) : today.plusDays(7), now);
        entityManager.persist(application);
        return application.id();
    }

    /** The approved project signs its contract: ACTIVE. */
    @Transactional
    public void activate(UUID project) {
        LocalDate today = LocalDate.now(clock);
        entityManager.find(ProjectApplication.class, project).signContract("RW-" + UUID.randomUUID().toString()
                .substring(0, 12), today, today.plusYears(2), OffsetDateTime.now(clock));
    }

    @Transactional
    public void terminate(UUID project) {
        entityManager.find(ProjectApplication.class, project).terminate("中期检查不合格", OffsetDateTime.now(clock));
    }

    /** An officer of Fuzhou with its own name: maker and checker are two people. */
    static String officer(String name) {
        return Tokens.shared().token(name, "officer", Map.of("region", FUZHOU));
    }

    static Response propose(String token, UUID project, String amount) {
        return post(token, PATH + "/" + project + "/grant",
                "{\"amount\":\"" + amount + "\",\"reason\":\"公示无异议，按评审意见资助\"}");
    }

    static Response confirm(String token, UUID project) {
        return given().auth().oauth2(token).post(PATH + "/" + project + "/grant/confirm");
    }

    /** Proposed by officer-a and confirmed by officer-b. */
    static void approve(UUID project, String amount) {
        propose(officer("officer-a"), project, amount).then().statusCode(201);
        confirm(officer("officer-b"), project).then().statusCode(200);
    }

    static Response schedule(String token, UUID project, String amount) {
        return schedule(token, project, amount, UUID.randomUUID().toString());
    }

    static Response schedule(String token, UUID project, String amount, String idempotencyKey) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body("{\"amount\":\"" + amount + "\",\"purpose\":\"首期拨付\",\"plannedOn\":\"2026-09-15\"}")
                .post(PATH + "/" + project + "/tranches");
    }

    /**
     * The answer of {@code request} as a client following the API gets it: a 503 (the pool busy beyond its wait, with
     * {@code Retry-After}) is sent again, with the same Idempotency-Key where it has one.
     */
    static Response retried(Supplier<Response> request) {
        Response response = request.get();
        for (int attempt = 1; attempt < 20 && response.statusCode() == 503; attempt++) {
            response = request.get();
        }
        return response;
    }

    static Response pay(String token, UUID project, String tranche, String paidOn) {
        return post(token, PATH + "/" + project + "/tranches/" + tranche + "/pay",
                "{\"paidOn\":\"" + paidOn + "\",\"voucherNumber\":\"FZKJ-2026-09-0112\"}");
    }

    static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path);
    }

    static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    /** Each row of a query with one parameter, its columns joined by a blank. */
    @Transactional
    public List<String> rows(String sql, Object parameter) {
        List<String> rows = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList()) {
            if (row instanceof Object[] columns) {
                List<String> texts = new ArrayList<>();
                for (Object column : columns) {
                    texts.add(String.valueOf(column));
                }
                rows.add(String.join(" ", texts));
            } else {
                rows.add(String.valueOf(row));
            }
        }
        return rows;
    }
}

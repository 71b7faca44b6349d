package org.keji.project.application;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialReplica;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Fixtures of project applications: calls, enterprises in the replica and materials in the wallet's replica (as the
 * CALLS feature and enterprise-service's events would have put them), applications and actions over HTTP, and the
 * moves other features own (rank, approve, evaluate) driven on the entity in a transaction of their own.
 */
@ApplicationScoped
public class Projects {

    static final String PATH = "/api/v1/project-applications";
    static final String MATTER = "350217010000";
    static final int PROMISED = 40;
    static final int LEGAL = 60;

    /** Calls are unique by year, region, level, category and batch: each fixture call gets its own pair. */
    private static final AtomicInteger CALLS = new AtomicInteger();

    @Inject
    CallRepository calls;

    @Inject
    ProjectApplicationRepository applications;

    @Inject
    ProjectMoves moves;

    @Inject
    WorkingCalendars calendars;

    @Inject
    MaterialReplica materials;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MutableClock clock;

    /** Terms of a call, as the CALLS feature stores them. */
    record CallTerms(OffsetDateTime opensAt, OffsetDateTime closesAt, String eligibleRegions, Integer minMonths,
            String requiredMaterials) {

        /** Fuzhou (3501), enterprises registered a year at least, open around {@code today}, no material required. */
        static CallTerms around(LocalDate today) {
            return new CallTerms(noon(today.minusDays(10)), noon(today.plusDays(10)), "[\"3501\"]", 12, "[]");
        }

        CallTerms window(OffsetDateTime from, OffsetDateTime to) {
            return new CallTerms(from, to, eligibleRegions, minMonths, requiredMaterials);
        }

        CallTerms materials(String required) {
            return new CallTerms(opensAt, closesAt, eligibleRegions, minMonths, required);
        }
    }

    static OffsetDateTime noon(LocalDate day) {
        return day.atTime(12, 0).atZone(MutableClock.ZONE).toOffsetDateTime();
    }

    /** A call of 2026 with a maximum grant of 1 000 000 yuan; its id. */
    UUID aCall(CallTerms terms) {
        int n = CALLS.getAndIncrement();
        String region = "39%04d".formatted(n / 99);
        return QuarkusTransaction.requiringNew().call(() -> {
            ProjectCall call = ProjectCall.create("C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                    "2026年度福州市产业技术研发项目（测试）", null, CallLevel.MUNICIPAL, CallCategory.values()[0], 2026,
                    n % 99 + 1, region, terms.opensAt(), terms.closesAt(), new BigDecimal("50000000.00"),
                    new BigDecimal("1000000.00"), 3, "[]", terms.eligibleRegions(), terms.minMonths(), false,
                    terms.requiredMaterials(), MATTER, new CaseLimits(PROMISED, LEGAL), "admin", OffsetDateTime.now());
            calls.persist(call);
            return call.id();
        });
    }

    /** Enterprises in the replica, as enterprise-service's events would have put them. */
    void enterprises(Collection<String> usccs, String region, LocalDate registeredOn) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO enterprise_replica "
                        + "(uscc, name, region, registration_date, revision, last_event_id, updated_at) "
                        + "VALUES (?, '福州市测试科技有限公司', ?, ?, 1, ?, now())")) {
            for (String uscc : usccs) {
                insert.setString(1, uscc);
                insert.setString(2, region);
                insert.setObject(3, registeredOn);
                insert.setString(4, UUID.randomUUID().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void enterprise(String uscc, String region) {
        enterprises(List.of(uscc), region, LocalDate.of(2015, 3, 1));
    }

    /** The enterprise moved (as a later registry event would say). */
    void moveEnterprise(String uscc, String region) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("UPDATE enterprise_replica SET region = ? WHERE uscc = ?")) {
            update.setString(1, region);
            update.setString(2, uscc);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A material of {@code kind} in {@code owner}'s wallet; its id. */
    UUID aMaterial(String owner, String kind) {
        UUID id = UUID.randomUUID();
        materials.registered(new MaterialRegistered(id, owner, kind, "测试材料 " + kind, "福州市测试科技有限公司", null,
                kind.toLowerCase() + ".pdf", "application/pdf", 41_207,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"), UUID.randomUUID().toString());
        return id;
    }

    /** A plan as JSON, referencing {@code materialIds}. */
    static String plan(String requested, Collection<UUID> materialIds) {
        return """
                {"title":"面向海上风电的智能运维机器人研发及应用","summary":"研制巡检运维机器人","field":"NEW_ENERGY",
                 "industry":"%s","undertakerType":"%s","technologySource":"%s","partners":[],
                 "requestedAmount":"%s","plannedGovernmentFunds":"%s","plannedSelfRaisedFunds":"1600000.00",
                 "plannedStart":"2027-01-01","plannedEnd":"2028-12-31","materials":[%s]}"""
                .formatted(Industry.values()[0], UndertakerType.values()[0], TechnologySource.values()[0], requested,
                        requested, String.join(",", materialIds.stream().map(id -> "\"" + id + "\"").toList()));
    }

    static String body(UUID call, String uscc, String plan) {
        return "{\"callId\":\"" + call + "\"" + (uscc == null ? "" : ",\"uscc\":\"" + uscc + "\"") + ",\"plan\":"
                + plan + "}";
    }

    static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH);
    }

    /** A DRAFT of {@code uscc} (its own token) to {@code call}, requesting 800 000 yuan; its id. */
    static String aDraft(String uscc, UUID call, List<UUID> materials) {
        return create(Tokens.shared().applicant(uscc), body(call, null, plan("800000.00", materials)))
                .then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(PATH + "/" + id + "/" + action);
    }

    static Response get(String token, String id) {
        return given().auth().oauth2(token).get(PATH + "/" + id);
    }

    /** Drives a move another feature owns, on the entity, and publishes it as that feature would. */
    void force(String id, String action, Consumer<ProjectApplication> move) {
        QuarkusTransaction.requiringNew().run(() -> {
            ProjectApplication application = applications.lock(UUID.fromString(id)).orElseThrow();
            ProjectStatus previous = application.status();
            move.accept(application);
            moves.moved(application, previous, action, LocalDate.now(clock));
        });
    }

    void rank(String id) {
        force(id, "rank", a -> a.rank(new BigDecimal("86.25"), 1, OffsetDateTime.now(clock)));
    }

    void approve(String id) {
        force(id, "approve", a -> a.approve(new BigDecimal("600000.00"), LocalDate.now(clock), calendars.current(),
                OffsetDateTime.now(clock)));
    }

    void evaluate(String id) {
        force(id, "evaluate", a -> a.evaluate(OffsetDateTime.now(clock)));
    }
}

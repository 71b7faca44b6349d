package org.keji.project.expert;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.tracking.TrackingNumbers;
import org.keji.project.application.Industry;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectApplicationRepository;
import org.keji.project.application.TechnologySource;
import org.keji.project.application.UndertakerType;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Calls and applications in expert review made by driving the entities (the lifecycle API is built elsewhere), and
 * experts, drawings, declarations and scores over HTTP.
 */
@ApplicationScoped
public class ReviewFixtures {

    static final String EXPERTS = "/api/v1/experts";
    static final String ASSIGNMENTS = "/api/v1/expert-assignments";
    static final String CRITERIA = "INNOVATION,FEASIBILITY,TEAM,BENEFIT,BUDGET";

    private final CallRepository calls;
    private final ProjectApplicationRepository applications;
    private final WorkingCalendars calendars;

    public ReviewFixtures(CallRepository calls, ProjectApplicationRepository applications,
            WorkingCalendars calendars) {
        this.calls = calls;
        this.applications = applications;
        this.calendars = calendars;
    }

    /**
     * A call of Fuzhou (3501xx) of a year and batch no other test takes, needing {@code experts} per application, whose
     * window has closed (its applications may be ranked).
     */
    public ProjectCall call(int experts) {
        return call(experts, OffsetDateTime.now().minusDays(1));
    }

    /** As {@link #call(int)}, taking submissions until {@code closesAt}. */
    @Transactional
    public ProjectCall call(int experts, OffsetDateTime closesAt) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        OffsetDateTime now = OffsetDateTime.now();
        ProjectCall call = ProjectCall.create("C-" + UUID.randomUUID().toString().substring(0, 12), "专家评审测试指南", null,
                CallLevel.values()[random.nextInt(CallLevel.values().length)], CallCategory.INDUSTRIAL_RD,
                random.nextInt(2000, 2101), random.nextInt(1, 100), "3501" + "%02d".formatted(random.nextInt(100)),
                closesAt.minusDays(60), closesAt, new BigDecimal("10000000.00"), new BigDecimal("500000.00"),
                experts, "[]", "[]", null, false, "[]", "350100-KJ-001", new CaseLimits(20, 30), "test", now);
        calls.persist(call);
        return call;
    }

    /** An application of {@code uscc} (region 350102) in EXPERT_REVIEW, submitted at {@code submittedAt}. */
    @Transactional
    public ProjectApplication inExpertReview(ProjectCall call, String uscc, String field, List<String> partners,
            OffsetDateTime submittedAt) {
        return submitted(call, uscc, field, partners, submittedAt, true);
    }

    /** An application of {@code uscc} (region 350102) SUBMITTED at {@code submittedAt}, not yet through formal review. */
    @Transactional
    public ProjectApplication submitted(ProjectCall call, String uscc, String field, OffsetDateTime submittedAt) {
        return submitted(call, uscc, field, List.of(), submittedAt, false);
    }

    private ProjectApplication submitted(ProjectCall call, String uscc, String field, List<String> partners,
            OffsetDateTime submittedAt, boolean accepted) {
        OffsetDateTime now = OffsetDateTime.now();
        String partnersJson = partners.stream().map(p -> "\"" + p + "\"").reduce((a, b) -> a + "," + b)
                .map(s -> "[" + s + "]").orElse("[]");
        ProjectApplication application = ProjectApplication.draft(
                TrackingNumbers.format("PRJ", LocalDate.now(),
                        ThreadLocalRandom.current().nextLong(TrackingNumbers.MAX_SEQUENCE)),
                call.matterCode(), uscc, "350102", call.id(),
                new ProjectApplication.Plan("基于国产芯片的工业网关研发", "研发工业物联网网关", field, Industry.values()[0],
                        UndertakerType.values()[0], TechnologySource.values()[0], partnersJson,
                        new BigDecimal("300000.00"), new BigDecimal("300000.00"), new BigDecimal("600000.00"),
                        LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30), "[]"),
                "applicant", now);
        application.submit(submittedAt.toLocalDate(), call.limits(), calendars.current(), submittedAt);
        if (accepted) {
            application.accept(null, now);
        }
        applications.persist(application);
        return application;
    }

    /** The review score stored on the application. */
    @Transactional
    public BigDecimal reviewScore(UUID applicationId) {
        return applications.findById(applicationId).reviewScore();
    }

    /** Withdraws the application (it leaves expert review). */
    @Transactional
    public void withdraw(UUID applicationId) {
        applications.findById(applicationId).withdraw(LocalDate.now(), calendars.current(), OffsetDateTime.now());
    }

    /** A field code no other test uses, so each test has a pool of its own. */
    static String aField() {
        return "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** An expert added by an admin; its id. Its token subject is {@code subject}. */
    static UUID anExpert(String subject, String organisationUscc, String field) {
        return anExpert(subject, organisationUscc, field, "AVAILABLE", null);
    }

    static UUID anExpert(String subject, String organisationUscc, String field, String availability, String until) {
        return UUID.fromString(given().auth().oauth2(Tokens.shared().admin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(expertJson(subject, organisationUscc, field, availability, until, null)).post(EXPERTS).then()
                .statusCode(201).extract().path("id"));
    }

    static String expertJson(String subject, String organisationUscc, String field, String availability, String until,
            Long version) {
        return """
                {"subject":"%s","name":"专家%s","organisationUscc":"%s","organisationName":"福州大学",
                 "fields":["%s"],"region":"350100","title":"教授","phone":"13805912345",
                 "idNumber":"350102198003071234","availability":"%s","unavailableUntil":%s,"version":%s}"""
                .formatted(subject, subject.substring(Math.max(0, subject.length() - 4)), organisationUscc, field,
                        availability, until == null ? "null" : "\"" + until + "\"", version);
    }

    /** A fresh expert subject. */
    static String aSubject() {
        return "expert-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static Response draw(UUID applicationId, String seed, UUID replace) {
        return given().auth().oauth2(Tokens.shared().officer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"applicationId":"%s","seed":%s,"replace":%s}""".formatted(applicationId,
                        seed == null ? "null" : "\"" + seed + "\"", replace == null ? "null" : "\"" + replace + "\""))
                .post(ASSIGNMENTS + "/draws");
    }

    static Response declare(String subject, UUID assignmentId, boolean conflict, String reason) {
        return given().auth().oauth2(Tokens.shared().expert(subject)).contentType(ContentType.JSON)
                .body("""
                        {"conflict":%s,"reason":%s}""".formatted(conflict, reason == null ? "null" : "\"" + reason + "\""))
                .post(ASSIGNMENTS + "/" + assignmentId + "/declaration");
    }

    /** Scores the five default criteria in their order. */
    static Response score(String subject, UUID assignmentId, String... scores) {
        String[] criteria = CRITERIA.split(",");
        StringBuilder body = new StringBuilder("{\"comment\":\"良好\",\"scores\":[");
        for (int i = 0; i < criteria.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"criterion\":\"").append(criteria[i]).append("\",\"score\":\"")
                    .append(scores.length == 1 ? scores[0] : scores[i]).append("\"}");
        }
        return given().auth().oauth2(Tokens.shared().expert(subject)).contentType(ContentType.JSON)
                .body(body.append("]}").toString()).post(ASSIGNMENTS + "/" + assignmentId + "/scores");
    }

    /** Declares no conflict and scores. */
    static void review(String subject, UUID assignmentId, String... scores) {
        declare(subject, assignmentId, false, null).then().statusCode(200);
        score(subject, assignmentId, scores).then().statusCode(200);
    }
}

package org.keji.enterprise.certification;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keji.commons.time.ClockProducer;
import org.keji.enterprise.compliance.Violations;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Grounds of a revocation (高新技术企业认定管理办法 第十九条) are backed by the records the bureau holds: a major incident by
 * a major safety, quality or environment violation during the validity, a change not reported in time by a change
 * report filed after its three months (第十八条).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RevocationGroundsTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);
    private static final int YEAR = TODAY.getYear();

    @Test
    void shouldRevokeForAMajorIncidentOnlyWithAMajorIncidentRecordedDuringTheValidity() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));
        long version = Certifications.underRecheck(held.id());

        Certifications.revoke(held.id(), "MAJOR_INCIDENT", YEAR, version).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("REVOCATION_INCIDENT_NOT_RECORDED"));
        // a general one, a major one before the certificate, and a dishonesty listing are not major incidents of it
        Violations.record(held.uscc(), "SAFETY", "GENERAL", TODAY.minusDays(10));
        Violations.record(held.uscc(), "ENVIRONMENT", "MAJOR", TODAY.minusYears(1).minusDays(1));
        Violations.record(held.uscc(), "DISHONESTY", "MAJOR", TODAY.minusDays(10));
        Certifications.revoke(held.id(), "MAJOR_INCIDENT", YEAR, version).then().statusCode(422)
                .body("code", equalTo("REVOCATION_INCIDENT_NOT_RECORDED"));

        Violations.record(held.uscc(), "QUALITY", "MAJOR", TODAY.minusDays(30));
        Certifications.revoke(held.id(), "MAJOR_INCIDENT", YEAR, version).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationGround", equalTo("MAJOR_INCIDENT"));
    }

    @Test
    void shouldRevokeForAnUnreportedChangeOnlyWithAChangeReportedLate() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));
        long version = Certifications.underRecheck(held.id());
        String officer = Tokens.shared().officer();

        Certifications.revoke(held.id(), "UNREPORTED_CHANGE", YEAR, version).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("REVOCATION_CHANGE_NOT_LATE"));
        Certifications.reportChange(officer, held.id(), "NAME", TODAY.minusDays(10)).then().statusCode(201)
                .body("late", equalTo(false));
        Certifications.revoke(held.id(), "UNREPORTED_CHANGE", YEAR, version).then().statusCode(422)
                .body("code", equalTo("REVOCATION_CHANGE_NOT_LATE"));

        Certifications.reportChange(officer, held.id(), "OWNERSHIP", TODAY.minusMonths(5)).then().statusCode(201)
                .body("late", equalTo(true));
        Certifications.revoke(held.id(), "UNREPORTED_CHANGE", YEAR, version).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationGround", equalTo("UNREPORTED_CHANGE"));
    }

    @Test
    void shouldNotRevokeForAnIncidentOfAnotherEnterprise() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));
        Certifications.Held other = Certifications.anHnteCertificate(TODAY.minusYears(1));
        Violations.record(other.uscc(), "SAFETY", "MAJOR", TODAY.minusDays(5));
        long version = Certifications.underRecheck(held.id());
        Certifications.revoke(held.id(), "MAJOR_INCIDENT", YEAR, version).then().statusCode(422)
                .body("code", equalTo("REVOCATION_INCIDENT_NOT_RECORDED"));
    }
}

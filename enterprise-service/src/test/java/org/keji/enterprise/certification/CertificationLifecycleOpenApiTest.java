package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationLifecycleOpenApiTest {

    @Test
    void shouldDocumentTheLifecycleAndMonitoringOperationsWithTheirProblemCodes() {
        String certificate = "paths.'/api/v1/certifications/{id}";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(certificate + "/annual-reports'.post.operationId", equalTo("fileAnnualReport"))
                .body(certificate + "/annual-reports'.post.responses.'422'.description",
                        containsString("FIGURES_MISSING"))
                .body(certificate + "/annual-reports'.post.responses.'409'.description",
                        containsString("ANNUAL_REPORT_EXISTS"))
                .body(certificate + "/annual-reports'.get.operationId", equalTo("listAnnualReports"))
                .body(certificate + "/change-reports'.post.operationId", equalTo("reportChange"))
                .body(certificate + "/change-reports'.get.operationId", equalTo("listChangeReports"))
                .body(certificate + "/recheck'.post.responses.'409'.description",
                        containsString("CERTIFICATION_ILLEGAL_TRANSITION"))
                .body(certificate + "/recheck'.post.responses.'412'", notNullValue())
                .body(certificate + "/clear'.post.operationId", equalTo("clearRecheck"))
                .body(certificate + "/revoke'.post.responses.'422'.description",
                        containsString("REVOCATION_GROUND_NOT_MET"))
                .body("paths.'/api/v1/monitoring/certifications'.get.operationId",
                        equalTo("listMonitoredCertifications"))
                .body("paths.'/api/v1/monitoring/refresh'.post.responses.'202'", notNullValue())
                .body("components.schemas.RevocationGround.enum",
                        hasItems("FRAUD", "MAJOR_INCIDENT", "UNREPORTED_CHANGE", "MISSING_ANNUAL_REPORTS"))
                .body("components.schemas.RevocationGround.description", containsString("弄虚作假"))
                .body("components.schemas.ChangeKind.description", containsString("合并、分立"))
                .body("components.schemas.FindingKind.description", containsString("年度报告"))
                .body("components.schemas.Certification.properties.missingAnnualReports.description",
                        containsString("1 June"))
                .body("components.schemas.ReportedFigures.properties.salesRevenue.examples[0]",
                        equalTo("48000000.00"))
                .body("components.schemas.MonitoredCertificationPage.properties.items", notNullValue());
    }
}

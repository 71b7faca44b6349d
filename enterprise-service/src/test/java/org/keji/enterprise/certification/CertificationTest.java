package org.keji.enterprise.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.IllegalTransitionException;
import org.keji.commons.problem.InvalidRequestException;

/** The rules of a certificate's life after the grant (高新技术企业认定管理办法 第十六条–第十九条), on the entity alone. */
class CertificationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final RevocationRecords NO_RECORDS = new RevocationRecords(0, 0);

    @Test
    void shouldOweTheAnnualReportsOfTheYearOfGrantAndOfEveryYearDueWithinTheValidity() {
        assertEquals(List.of(2025, 2026, 2027), hnte(LocalDate.of(2025, 12, 1)).annualReportYearsOwed());
        // valid to 2027-12-31: the report on 2027 would fall due after the validity
        assertEquals(List.of(2025, 2026), hnte(LocalDate.of(2025, 1, 1)).annualReportYearsOwed());
        // valid to 2028-05-31: the report on 2027 falls due on the last day of validity
        assertEquals(List.of(2025, 2026, 2027), hnte(LocalDate.of(2025, 6, 1)).annualReportYearsOwed());
        assertEquals(List.of(), techSme(LocalDate.of(2025, 1, 1)).annualReportYearsOwed());
    }

    @Test
    void shouldCountAnAnnualReportMissingFromTheFirstOfJune() {
        Certification c = hnte(LocalDate.of(2025, 12, 1));

        assertEquals(List.of(), c.missingAnnualReports(LocalDate.of(2026, 5, 31)));
        assertEquals(List.of(2025), c.missingAnnualReports(LocalDate.of(2026, 6, 1)));
        assertEquals(List.of(2025, 2026), c.missingAnnualReports(LocalDate.of(2027, 6, 1)));
        assertEquals(List.of(), techSme(LocalDate.of(2020, 1, 1)).missingAnnualReports(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void shouldMarkAnAnnualReportFiledAfterTheThirtyFirstOfMayAsLate() {
        Certification c = hnte(LocalDate.of(2025, 12, 1));

        assertEquals(LocalDate.of(2026, 5, 31), Certification.annualReportDueOn(2025));
        assertFalse(AnnualReport.file(c, 2025, "{}", 0, "t", LocalDate.of(2026, 5, 31), NOW).late());
        assertTrue(AnnualReport.file(c, 2025, "{}", 0, "t", LocalDate.of(2026, 6, 1), NOW).late());
    }

    @Test
    void shouldRefuseAnnualReportsOnYearsNotOwedNotOverOrAlreadyFiled() {
        Certification c = hnte(LocalDate.of(2025, 12, 1));
        LocalDate today = LocalDate.of(2026, 6, 2);

        assertEquals("ANNUAL_REPORT_YEAR_NOT_COVERED",
                assertThrows(BusinessRuleException.class, () -> c.checkAnnualReport(2024, today)).code());
        assertEquals("ANNUAL_REPORT_YEAR_NOT_COVERED",
                assertThrows(BusinessRuleException.class, () -> c.checkAnnualReport(2028, today)).code());
        assertEquals("ANNUAL_REPORT_YEAR_NOT_ENDED",
                assertThrows(BusinessRuleException.class, () -> c.checkAnnualReport(2026, today)).code());
        c.checkAnnualReport(2025, today);
        c.fileAnnualReport(2025, NOW);
        assertEquals(List.of(2025), c.annualReportYears());
        assertEquals(List.of(), c.missingAnnualReports(today));
        assertEquals("ANNUAL_REPORT_EXISTS",
                assertThrows(ConflictException.class, () -> c.checkAnnualReport(2025, today)).code());
        assertEquals("ANNUAL_REPORT_NOT_REQUIRED", assertThrows(BusinessRuleException.class,
                () -> techSme(LocalDate.of(2025, 1, 1)).checkAnnualReport(2025, today)).code());
    }

    @Test
    void shouldDueAChangeReportThreeMonthsAfterTheChange() {
        Certification c = hnte(LocalDate.of(2025, 12, 1));

        assertEquals(LocalDate.of(2026, 6, 15), ChangeReport.dueOn(LocalDate.of(2026, 3, 15)));
        // no 30 February: the month's last day
        assertEquals(LocalDate.of(2026, 2, 28), ChangeReport.dueOn(LocalDate.of(2025, 11, 30)));
        assertFalse(ChangeReport.report(c, ChangeKind.NAME, LocalDate.of(2026, 3, 15), "更名", "t",
                LocalDate.of(2026, 6, 15), NOW).late());
        assertTrue(ChangeReport.report(c, ChangeKind.NAME, LocalDate.of(2026, 3, 15), "更名", "t",
                LocalDate.of(2026, 6, 16), NOW).late());
    }

    @Test
    void shouldGoThroughRecheckToActiveOrToRevoked() {
        Certification c = hnte(LocalDate.of(2025, 12, 1));
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertEquals(List.of("annual-report", "change-report", "recheck"), c.allowedActions());

        c.startRecheck("举报", today, NOW);
        assertEquals(CertificationStatus.UNDER_RECHECK, c.status());
        assertEquals(List.of("annual-report", "change-report", "clear", "revoke"), c.allowedActions());
        c.clearRecheck(today, NOW);
        assertEquals(CertificationStatus.ACTIVE, c.status());

        c.startRecheck("再次举报", today, NOW);
        c.revoke(RevocationGround.FRAUD, "弄虚作假", 2026, NO_RECORDS, today, NOW);
        assertEquals(CertificationStatus.REVOKED, c.status());
        assertEquals(2026, c.clawbackFromYear());
        assertEquals(today, c.revokedOn());
        assertEquals(List.of(), c.allowedActions());
    }

    @Test
    void shouldRefuseEveryIllegalTransitionWithTheStateAndTheAllowedActions() {
        Certification active = hnte(LocalDate.of(2025, 12, 1));
        LocalDate today = LocalDate.of(2026, 3, 2);

        IllegalTransitionException clear = assertThrows(IllegalTransitionException.class,
                () -> active.clearRecheck(today, NOW));
        assertEquals("CERTIFICATION_ILLEGAL_TRANSITION", clear.code());
        assertEquals("ACTIVE", clear.currentState());
        assertEquals(List.of("annual-report", "change-report", "recheck"), clear.allowedActions());
        assertThrows(IllegalTransitionException.class,
                () -> active.revoke(RevocationGround.FRAUD, "x", 2026, NO_RECORDS, today, NOW));

        active.startRecheck("举报", today, NOW);
        IllegalTransitionException twice = assertThrows(IllegalTransitionException.class,
                () -> active.startRecheck("again", today, NOW));
        assertEquals("UNDER_RECHECK", twice.currentState());

        Certification expired = Certification.of("91350100M000100Y43", "福州市星火科技有限公司", type(true), "GR1",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 12, 31), "350100", CertificationOrigin.IMPORTED, today, NOW);
        assertEquals(CertificationStatus.EXPIRED, expired.status());
        for (Runnable action : List.<Runnable> of(() -> expired.startRecheck("x", today, NOW),
                () -> expired.clearRecheck(today, NOW), expired::checkChangeReport,
                () -> expired.checkAnnualReport(2021, today))) {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, action::run);
            assertEquals("EXPIRED", refused.currentState());
            assertEquals(List.of(), refused.allowedActions());
        }
    }

    @Test
    void shouldClawBackOnlyFromAYearOfValidity() {
        Certification c = hnte(LocalDate.of(2025, 12, 1));
        LocalDate today = LocalDate.of(2026, 3, 2);
        c.startRecheck("举报", today, NOW);

        for (int year : new int[] { 2024, 2029 }) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> c.revoke(RevocationGround.FRAUD, "x", year, NO_RECORDS, today, NOW));
            assertEquals("VALIDATION_FAILED", refused.code());
            assertEquals("clawbackFromYear", refused.violations().get(0).field());
        }
        c.revoke(RevocationGround.MAJOR_INCIDENT, "重大安全事故", 2028, new RevocationRecords(1, 0), today, NOW);
        assertEquals(CertificationStatus.REVOKED, c.status());
    }

    @Test
    void shouldRevokeForAMajorIncidentOrAnUnreportedChangeOnlyOnTheRecordsHeld() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        Certification c = hnte(LocalDate.of(2025, 12, 1));
        c.startRecheck("举报", today, NOW);
        BusinessRuleException incident = assertThrows(BusinessRuleException.class,
                () -> c.revoke(RevocationGround.MAJOR_INCIDENT, "x", 2026, new RevocationRecords(0, 1), today, NOW));
        assertEquals("REVOCATION_INCIDENT_NOT_RECORDED", incident.code());
        BusinessRuleException change = assertThrows(BusinessRuleException.class,
                () -> c.revoke(RevocationGround.UNREPORTED_CHANGE, "x", 2026, new RevocationRecords(1, 0), today, NOW));
        assertEquals("REVOCATION_CHANGE_NOT_LATE", change.code());
        assertEquals(CertificationStatus.UNDER_RECHECK, c.status());

        c.revoke(RevocationGround.UNREPORTED_CHANGE, "未按期报告股权变更", 2026, new RevocationRecords(0, 1), today, NOW);
        assertEquals(CertificationStatus.REVOKED, c.status());
        // incidents count up to the revocation day, or to the end of the validity once it is over
        assertEquals(today, c.incidentWindowEnd(today));
        assertEquals(LocalDate.of(2028, 11, 30), c.incidentWindowEnd(LocalDate.of(2029, 1, 5)));
    }

    @Test
    void shouldRevokeForMissingAnnualReportsOnlyWhenTwoAreMissing() {
        Certification one = hnte(LocalDate.of(2025, 12, 1));
        LocalDate oneMissing = LocalDate.of(2026, 6, 1);
        one.startRecheck("年报缺报", oneMissing, NOW);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> one.revoke(RevocationGround.MISSING_ANNUAL_REPORTS, "x", 2026, NO_RECORDS, oneMissing, NOW));
        assertEquals("REVOCATION_GROUND_NOT_MET", refused.code());

        Certification two = hnte(LocalDate.of(2025, 12, 1));
        LocalDate twoMissing = LocalDate.of(2027, 6, 1);
        two.startRecheck("年报缺报", twoMissing, NOW);
        two.revoke(RevocationGround.MISSING_ANNUAL_REPORTS, "累计两年未填报", 2027, NO_RECORDS, twoMissing, NOW);
        assertEquals(CertificationStatus.REVOKED, two.status());
        // nothing falls due after the revocation
        assertEquals(List.of(2025, 2026), two.missingAnnualReports(LocalDate.of(2028, 7, 1)));
    }

    @Test
    void shouldExpireAnActiveCertificateButLeaveOneUnderRecheckUntilItIsCleared() {
        Certification active = hnte(LocalDate.of(2023, 1, 1));
        Certification rechecked = hnte(LocalDate.of(2023, 1, 1));
        LocalDate lastDay = LocalDate.of(2025, 12, 31);
        rechecked.startRecheck("举报", lastDay, NOW);

        assertFalse(active.isDueForExpiry(lastDay));
        assertTrue(active.isDueForExpiry(lastDay.plusDays(1)));
        assertFalse(rechecked.isDueForExpiry(lastDay.plusDays(1)));
        active.expire(lastDay.plusDays(1), NOW);
        assertEquals(CertificationStatus.EXPIRED, active.status());
        assertEquals(lastDay.plusDays(1), active.expiredOn());

        rechecked.clearRecheck(lastDay.plusDays(5), NOW);
        assertEquals(CertificationStatus.EXPIRED, rechecked.status());
        assertEquals(lastDay.plusDays(5), rechecked.expiredOn());
    }

    private static Certification hnte(LocalDate validFrom) {
        return Certification.of("91350100M000100Y43", "福州市星火科技有限公司", type(true), "GR" + validFrom, validFrom,
                Certification.validTo(validFrom, 3), "350100", CertificationOrigin.IMPORTED, validFrom, NOW);
    }

    private static Certification techSme(LocalDate validFrom) {
        return Certification.of("91350100M000100Y43", "福州市星火科技有限公司", type(false), "TS" + validFrom, validFrom,
                Certification.validTo(validFrom, 1), "350100", CertificationOrigin.IMPORTED, validFrom, NOW);
    }

    /** A type as the database holds it (types are data, with no constructor for code). */
    private static CertificationType type(boolean annualReportRequired) {
        try {
            CertificationType type = new CertificationType();
            set(type, "code", annualReportRequired ? "HNTE" : "TECH_SME");
            set(type, "annualReportRequired", annualReportRequired);
            return type;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}

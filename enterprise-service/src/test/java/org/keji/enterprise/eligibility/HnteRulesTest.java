package org.keji.enterprise.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.enterprise.eligibility.FactsBuilder.aResearchIntensiveEnterprise;
import static org.keji.enterprise.eligibility.SeededRules.HNTE;
import static org.keji.enterprise.eligibility.SeededRules.condition;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;
import org.keji.enterprise.ruleset.RuleSetRepository;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The seeded HNTE rule set (高新技术企业认定管理办法 第十一条), each condition pinned at its boundary. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
@TestTransaction
class HnteRulesTest {

    @Inject
    RuleSetRepository ruleSets;

    @Test
    void shouldPassEveryComputedConditionAndLeaveTheExpertItemsForReview() {
        Evaluation evaluation = evaluate(aResearchIntensiveEnterprise());

        assertEquals(Verdict.NEEDS_REVIEW, evaluation.verdict());
        for (String code : new String[] { "REGISTERED_ONE_YEAR", "RD_STAFF_RATIO", "RD_EXPENSE_RATIO",
                "DOMESTIC_RD_SHARE", "HIGH_TECH_REVENUE_SHARE", "NO_MAJOR_VIOLATION" }) {
            assertEquals(Outcome.PASS, condition(evaluation, code).outcome(), code);
        }
        assertEquals(Outcome.MANUAL, condition(evaluation, "CORE_IP").outcome());
        assertEquals(Outcome.MANUAL, condition(evaluation, "HIGH_TECH_FIELD").outcome());
        ConditionResult score = condition(evaluation, "INNOVATION_SCORE");
        assertEquals(Outcome.MANUAL, score.outcome());
        // net assets +25 % a year → 8 points, sales ½(36/30 + 45/36) − 1 = 22.5 % → 6 points
        assertEquals(14, score.points());
        assertEquals(71, score.minimum());
    }

    @Test
    void shouldRequireRegistrationAYearBeforeTheEvaluation() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        ConditionResult exactly = condition(evaluate(aResearchIntensiveEnterprise().asOf(asOf)
                .registeredOn(asOf.minusDays(365))), "REGISTERED_ONE_YEAR");
        ConditionResult dayShort = condition(evaluate(aResearchIntensiveEnterprise().asOf(asOf)
                .registeredOn(asOf.minusDays(364))), "REGISTERED_ONE_YEAR");

        assertEquals(Outcome.PASS, exactly.outcome());
        assertEquals("365", exactly.actual());
        assertEquals(Outcome.FAIL, dayShort.outcome());
        assertEquals("364", dayShort.actual());
    }

    @Test
    void shouldRequireTenPercentRdStaffInTheLastYear() {
        assertEquals(Outcome.PASS, rdStaff(1000, 100).outcome());
        assertEquals("0.1000", rdStaff(1000, 100).actual());
        assertEquals(Outcome.FAIL, rdStaff(1000, 99).outcome());
        assertEquals(Outcome.FAIL, rdStaff(0, 0).outcome());
    }

    @Test
    void shouldChooseTheRdTierByLastYearsSalesInclusively() {
        // R&D 4.5 % (then 3.5 %) of sales over three years: enough in the next tier down, not in this one
        ConditionResult at50m = rdRatio("50000000.00", "50000000.00", "50000000.00", "2250000.00");
        ConditionResult above50m = rdRatio("50000000.00", "50000000.00", "50000000.01", "2250000.00");

        assertEquals("0.05", at50m.threshold());
        assertEquals(Outcome.FAIL, at50m.outcome());
        assertEquals("0.04", above50m.threshold());
        assertEquals(Outcome.PASS, above50m.outcome());

        ConditionResult at200m = rdRatio("200000000.00", "200000000.00", "200000000.00", "7000000.00");
        ConditionResult above200m = rdRatio("200000000.00", "200000000.00", "200000000.01", "7000000.00");
        assertEquals("0.04", at200m.threshold());
        assertEquals(Outcome.FAIL, at200m.outcome());
        assertEquals("0.03", above200m.threshold());
        assertEquals(Outcome.PASS, above200m.outcome());
    }

    @Test
    void shouldComputeTheRdRatioAsThreeYearSumOverSumNotAnAverageOfRatios() {
        // 2 %, 2 % and 7 %: the average of the ratios is 3.67 %, the sum over sum exactly 2.5 M / 50 M = 5 %
        FactsBuilder facts = aResearchIntensiveEnterprise()
                .year(2023, 90, 12, "10000000.00", "200000.00", "20000000.00")
                .year(2024, 95, 14, "10000000.00", "200000.00", "25000000.00")
                .year(2025, 100, 15, "30000000.00", "2100000.00", "31250000.00");
        ConditionResult ratio = condition(evaluate(facts), "RD_EXPENSE_RATIO");

        assertEquals(Outcome.PASS, ratio.outcome());
        assertEquals("0.0500", ratio.actual());
        assertEquals("0.05", ratio.threshold());

        // one fen less R&D and the exact 5 % is missed
        facts.year(2025, 100, 15, "30000000.00", "2099999.99", "31250000.00");
        assertEquals(Outcome.FAIL, condition(evaluate(facts), "RD_EXPENSE_RATIO").outcome());
    }

    @Test
    void shouldCountOnlyTheYearsOfOperationOfAYoungEnterprise() {
        // registered in 2024: the "three years" are 2024 and 2025, and 2023 is not asked for
        FactsBuilder facts = aResearchIntensiveEnterprise().registeredOn(LocalDate.of(2024, 3, 1)).without(2023)
                .year(2024, 95, 14, "36000000.00", "2500000.00", "25000000.00")
                .year(2025, 100, 15, "45000000.00", "2500000.00", "31250000.00");
        Evaluation evaluation = evaluate(facts);

        ConditionResult ratio = condition(evaluation, "RD_EXPENSE_RATIO");
        assertEquals(Outcome.PASS, ratio.outcome());
        // 5 M of R&D over 81 M of sales
        assertEquals("0.0617", ratio.actual());
        // two years of growth: y3 / y2 − 1 = 25 % → 8 points
        assertEquals(8, condition(evaluation, "INNOVATION_SCORE").items().stream()
                .filter(i -> i.code().equals("NET_ASSET_GROWTH")).findFirst().orElseThrow().points());
    }

    @Test
    void shouldRequireSixtyPercentOfRdSpentInChina() {
        assertEquals(Outcome.PASS, domesticShare("1000000.00", "600000.00").outcome());
        assertEquals(Outcome.FAIL, domesticShare("1000000.00", "599999.99").outcome());
    }

    @Test
    void shouldRequireSixtyPercentHighTechRevenueInTheLastYear() {
        assertEquals(Outcome.PASS, highTechShare("10000000.00", "6000000.00").outcome());
        assertEquals(Outcome.FAIL, highTechShare("10000000.00", "5999999.99").outcome());
    }

    @Test
    void shouldScoreGrowthInTheBandsOfTheGuidance() {
        // net assets 100 → 135 → 182.25: exactly 35 % a year → 10 points; sales kept flat → 0 points
        assertEquals(10, growthPoints("1000000.00", "1350000.00", "1822500.00"));
        assertEquals(8, growthPoints("1000000.00", "1350000.00", "1822499.99"));
        assertEquals(6, growthPoints("1000000.00", "1150000.00", "1322500.00"));
        assertEquals(4, growthPoints("1000000.00", "1050000.00", "1102500.00"));
        assertEquals(2, growthPoints("1000000.00", "1000000.00", "1000000.02"));
        assertEquals(0, growthPoints("1000000.00", "1000000.00", "1000000.00"));
        assertEquals(0, growthPoints("1000000.00", "900000.00", "800000.00"));
        // a base year without net assets cannot grow: 0 points, as the guidance scores it
        assertEquals(0, growthPoints("-500000.00", "1000000.00", "2000000.00"));
    }

    @Test
    void shouldPassTheInnovationScoreFrom71PointsWithTheExpertsScores() {
        FactsBuilder facts = aResearchIntensiveEnterprise();
        // 14 computed points + 57 from experts = 71 passes; 70 does not ("above 70")
        ConditionResult pass = condition(RuleEngine.evaluate(SeededRules.specs(ruleSets, HNTE), facts.build(),
                Map.of("IP", 25, "CONVERSION", 20, "RD_MANAGEMENT", 12)), "INNOVATION_SCORE");
        ConditionResult fail = condition(RuleEngine.evaluate(SeededRules.specs(ruleSets, HNTE), facts.build(),
                Map.of("IP", 25, "CONVERSION", 20, "RD_MANAGEMENT", 11)), "INNOVATION_SCORE");

        assertEquals(Outcome.PASS, pass.outcome());
        assertEquals(71, pass.points());
        assertEquals(Outcome.FAIL, fail.outcome());
        assertEquals(70, fail.points());
    }

    @Test
    void shouldRefuseAfterAMajorViolationInThePriorYear() {
        assertEquals(Outcome.FAIL,
                condition(evaluate(aResearchIntensiveEnterprise().majorViolations(1, 1)), "NO_MAJOR_VIOLATION")
                        .outcome());
        assertEquals(Verdict.NOT_ELIGIBLE, evaluate(aResearchIntensiveEnterprise().majorViolations(1, 1)).verdict());
    }

    @Test
    void shouldReportMissingFiguresInsteadOfFailing() {
        Evaluation evaluation = evaluate(aResearchIntensiveEnterprise().without(2024));

        assertEquals(Verdict.INCOMPLETE, evaluation.verdict());
        assertEquals(Outcome.MISSING_DATA, condition(evaluation, "RD_EXPENSE_RATIO").outcome());
        assertEquals(Outcome.MISSING_DATA, condition(evaluation, "DOMESTIC_RD_SHARE").outcome());
        // last year's figures are there: the one-year conditions are still decided
        assertEquals(Outcome.PASS, condition(evaluation, "RD_STAFF_RATIO").outcome());
        assertEquals(Outcome.MISSING_DATA, condition(evaluation, "INNOVATION_SCORE").outcome());
    }

    private Evaluation evaluate(FactsBuilder facts) {
        return SeededRules.evaluate(ruleSets, HNTE, facts);
    }

    private ConditionResult rdStaff(int employees, int rdStaff) {
        FactsBuilder facts = aResearchIntensiveEnterprise();
        Figures f = facts.figuresOf(2025);
        facts.figures(new Figures(2025, employees, rdStaff, f.salesRevenue(), f.totalRevenue(), f.highTechRevenue(),
                f.rdExpense(), f.domesticRdExpense(), f.totalCost(), f.totalAssets(), f.netAssets()));
        return condition(evaluate(facts), "RD_STAFF_RATIO");
    }

    private ConditionResult rdRatio(String sales2023, String sales2024, String sales2025, String rdEachYear) {
        FactsBuilder facts = aResearchIntensiveEnterprise().year(2023, 90, 12, sales2023, rdEachYear, "20000000.00")
                .year(2024, 95, 14, sales2024, rdEachYear, "25000000.00")
                .year(2025, 100, 15, sales2025, rdEachYear, "31250000.00");
        return condition(evaluate(facts), "RD_EXPENSE_RATIO");
    }

    private ConditionResult domesticShare(String rd, String domestic) {
        FactsBuilder facts = aResearchIntensiveEnterprise();
        for (int year = 2023; year <= 2025; year++) {
            Figures f = facts.figuresOf(year);
            facts.figures(new Figures(year, f.employees(), f.rdStaff(), f.salesRevenue(), f.totalRevenue(),
                    f.highTechRevenue(), Money.of(rd), Money.of(domestic), f.totalCost(), f.totalAssets(),
                    f.netAssets()));
        }
        return condition(evaluate(facts), "DOMESTIC_RD_SHARE");
    }

    private ConditionResult highTechShare(String totalRevenue, String highTech) {
        FactsBuilder facts = aResearchIntensiveEnterprise();
        Figures f = facts.figuresOf(2025);
        facts.figures(new Figures(2025, f.employees(), f.rdStaff(), Money.of(totalRevenue), Money.of(totalRevenue),
                Money.of(highTech), f.rdExpense(), f.domesticRdExpense(), f.totalCost(), f.totalAssets(),
                f.netAssets()));
        return condition(evaluate(facts), "HIGH_TECH_REVENUE_SHARE");
    }

    /** Points of the net-asset growth item for the three years' net assets (sales kept flat, scoring 0). */
    private int growthPoints(String y2023, String y2024, String y2025) {
        FactsBuilder facts = aResearchIntensiveEnterprise()
                .year(2023, 90, 12, "45000000.00", "2500000.00", y2023)
                .year(2024, 95, 14, "45000000.00", "2500000.00", y2024)
                .year(2025, 100, 15, "45000000.00", "2500000.00", y2025);
        ConditionResult score = condition(evaluate(facts), "INNOVATION_SCORE");
        return score.items().stream().filter(i -> i.code().equals("NET_ASSET_GROWTH")).findFirst().orElseThrow()
                .points();
    }
}

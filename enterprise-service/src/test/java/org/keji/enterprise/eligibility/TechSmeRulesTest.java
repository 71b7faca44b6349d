package org.keji.enterprise.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.keji.enterprise.eligibility.FactsBuilder.aResearchIntensiveEnterprise;
import static org.keji.enterprise.eligibility.SeededRules.TECH_SME;
import static org.keji.enterprise.eligibility.SeededRules.condition;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;
import org.keji.enterprise.ruleset.Rule;
import org.keji.enterprise.ruleset.RuleSet;
import org.keji.enterprise.ruleset.RuleSetRepository;
import org.keji.enterprise.support.JsonColumns;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The seeded TECH_SME rule set (科技型中小企业评价办法 第六条 and its indicators). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
@TestTransaction
class TechSmeRulesTest {

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    JsonColumns json;

    @Test
    void shouldScoreStaffRdInputAndIpAndPassAt60() {
        // staff 25 % → 16, R&D 5 % of sales → 40, one Class I patent → 30
        ConditionResult score = score(lastYear(100, 25, "40000000.00", "2000000.00", "30000000.00"), 1, 0);
        assertEquals(Outcome.PASS, score.outcome());
        assertEquals(86, score.points());
        assertEquals(16, item(score, "STAFF").points());
        assertEquals(40, item(score, "RD_INPUT").points());
        assertEquals(30, item(score, "IP").points());
    }

    @Test
    void shouldPassAtExactly60PointsAndFailBelow() {
        // 20 (staff 30 %) + 40 (R&D 5 %) + 0 (no IP) = 60
        ConditionResult sixty = score(lastYear(100, 30, "40000000.00", "2000000.00", "40000000.00"), 0, 0);
        assertEquals(Outcome.PASS, sixty.outcome());
        assertEquals(60, sixty.points());
        // 20 + 30 (R&D 4 %) + 6 (one Class II) = 56
        ConditionResult fiftySix = score(lastYear(100, 30, "40000000.00", "1600000.00", "40000000.00"), 0, 1);
        assertEquals(Outcome.FAIL, fiftySix.outcome());
        assertEquals(56, fiftySix.points());
    }

    @Test
    void shouldFailWhenTheStaffScoreIsZeroWhateverTheTotal() {
        // staff 9.9 % → 0 points; 50 + 30 = 80 points are not enough without staff
        ConditionResult zeroStaff = score(lastYear(1000, 99, "40000000.00", "2400000.00", "40000000.00"), 1, 0);
        assertEquals(Outcome.FAIL, zeroStaff.outcome());
        assertEquals(0, item(zeroStaff, "STAFF").points());
        assertEquals(Outcome.FAIL, item(zeroStaff, "STAFF").outcome());
        assertEquals(80, zeroStaff.points());
        // exactly 10 % gives 4 points and the rule passes
        ConditionResult tenPercent = score(lastYear(1000, 100, "40000000.00", "2400000.00", "40000000.00"), 1, 0);
        assertEquals(Outcome.PASS, tenPercent.outcome());
        assertEquals(84, tenPercent.points());
    }

    @Test
    void shouldTakeTheBetterOfRdToSalesAndRdToTotalCost() {
        // R&D 1 % of sales (0 points) but 30 % of a small total cost (50 points)
        ConditionResult score = score(lastYear(100, 30, "40000000.00", "400000.00", "1333333.33"), 0, 4);
        assertEquals(50, item(score, "RD_INPUT").points());
        assertEquals(org.keji.enterprise.ruleset.Metric.RD_TO_TOTAL_COST, item(score, "RD_INPUT").metric());
        assertEquals(24, item(score, "IP").points());
    }

    @Test
    void shouldPassTheScoreDirectlyWithAValidHnteCertificate() {
        FactsBuilder facts = lastYear(100, 0, "40000000.00", "0.00", "40000000.00").ip(0, 0).holding("HNTE");
        Evaluation evaluation = evaluate(facts);

        ConditionResult score = condition(evaluation, "EVALUATION_SCORE");
        assertEquals(Outcome.PASS, score.outcome());
        assertEquals("DIRECT_PASS_HNTE", score.satisfiedBy());
        assertEquals(Outcome.PASS, condition(evaluation, "DIRECT_PASS_HNTE").outcome());
        // the basic conditions still apply: a direct pass does not replace them
        assertEquals(Verdict.NEEDS_REVIEW, evaluation.verdict());
        Evaluation tooBig = evaluate(lastYear(501, 0, "40000000.00", "0.00", "40000000.00").holding("HNTE"));
        assertEquals(Verdict.NOT_ELIGIBLE, tooBig.verdict());
        assertEquals(Outcome.FAIL, condition(tooBig, "EMPLOYEES_LIMIT").outcome());
    }

    @Test
    void shouldNotApplyTheDirectPassWithoutACertificate() {
        Evaluation evaluation = evaluate(lastYear(100, 30, "40000000.00", "2000000.00", "40000000.00"));
        assertEquals(Outcome.NOT_APPLICABLE, condition(evaluation, "DIRECT_PASS_HNTE").outcome());
        assertNull(condition(evaluation, "EVALUATION_SCORE").satisfiedBy());
    }

    @Test
    void shouldHoldTheSizeLimitsInclusively() {
        assertEquals(Outcome.PASS,
                condition(evaluate(lastYear(500, 100, "200000000.00", "2000000.00", "1.00")), "EMPLOYEES_LIMIT")
                        .outcome());
        assertEquals(Outcome.PASS,
                condition(evaluate(lastYear(500, 100, "200000000.00", "2000000.00", "1.00")), "SALES_LIMIT")
                        .outcome());
        assertEquals(Outcome.FAIL,
                condition(evaluate(lastYear(500, 100, "200000000.01", "2000000.00", "1.00")), "SALES_LIMIT")
                        .outcome());
        assertEquals(Outcome.FAIL,
                condition(evaluate(lastYear(501, 100, "200000000.00", "2000000.00", "1.00")), "EMPLOYEES_LIMIT")
                        .outcome());
    }

    @Test
    void shouldRefuseAListedOrViolatingEnterprise() {
        assertEquals(Outcome.FAIL,
                condition(evaluate(aResearchIntensiveEnterprise().listings(1)), "NOT_LISTED").outcome());
        assertEquals(Outcome.FAIL, condition(evaluate(aResearchIntensiveEnterprise().majorViolations(0, 1)),
                "NO_MAJOR_VIOLATION").outcome());
        assertEquals(Outcome.MANUAL,
                condition(evaluate(aResearchIntensiveEnterprise()), "NOT_RESTRICTED_INDUSTRY").outcome());
    }

    @Test
    void shouldRefuseAnEnterpriseWithSeriousResearchDishonestySinceLastYear() {
        // 第六条（四）: 上一年及当年内未发生……科研严重失信行为
        Evaluation dishonest = evaluate(aResearchIntensiveEnterprise().seriousResearchDishonesty(1));
        ConditionResult condition = condition(dishonest, "NO_RESEARCH_DISHONESTY");
        assertEquals(Outcome.FAIL, condition.outcome());
        assertEquals("1", condition.actual());
        assertEquals(Verdict.NOT_ELIGIBLE, dishonest.verdict());
        // a valid HNTE certificate passes the score directly, not this basic condition
        assertEquals(Verdict.NOT_ELIGIBLE,
                evaluate(aResearchIntensiveEnterprise().seriousResearchDishonesty(1).holding("HNTE")).verdict());
        assertEquals(Outcome.PASS,
                condition(evaluate(aResearchIntensiveEnterprise()), "NO_RESEARCH_DISHONESTY").outcome());
    }

    @Test
    void shouldReadTheFactsOfChecksKeptBeforeResearchDishonestyWasCounted() {
        Facts facts = aResearchIntensiveEnterprise().build();
        String stored = json.write(facts).replace(",\"seriousResearchDishonestySinceLastYear\":0", "");
        assertFalse(stored.contains("seriousResearchDishonesty"), stored);
        assertEquals(facts, json.read(stored, Facts.class));
    }

    @Test
    void shouldKeepVersionOneOfTheRulesAsItWas() {
        RuleSet first = ruleSets.find("certificationType = ?1 and version = 1 and region = ?2", "TECH_SME",
                RuleSet.NATIONAL).singleResult();
        RuleSet inForce = ruleSets.inForce("TECH_SME", "350100", 2026).orElseThrow();
        assertEquals(TECH_SME, inForce.id());
        assertEquals(2, inForce.version());
        List<String> firstCodes = first.rules().stream().map(Rule::code).toList();
        List<String> codes = inForce.rules().stream().map(Rule::code).toList();
        assertFalse(firstCodes.contains("NO_RESEARCH_DISHONESTY"));
        assertEquals(List.of("EMPLOYEES_LIMIT", "SALES_LIMIT", "ASSETS_LIMIT", "NOT_RESTRICTED_INDUSTRY",
                "NO_MAJOR_VIOLATION", "NO_RESEARCH_DISHONESTY", "NOT_LISTED", "EVALUATION_SCORE", "DIRECT_PASS_HNTE"),
                codes);
        assertEquals(firstCodes, codes.stream().filter(code -> !code.equals("NO_RESEARCH_DISHONESTY")).toList());
    }

    /** Facts whose last year (2025) has these figures; total assets 50 M. */
    private static FactsBuilder lastYear(int employees, int rdStaff, String sales, String rd, String totalCost) {
        FactsBuilder facts = aResearchIntensiveEnterprise();
        Money salesRevenue = Money.of(sales);
        facts.figures(new Figures(2025, employees, rdStaff, salesRevenue, salesRevenue, salesRevenue, Money.of(rd),
                Money.of(rd), Money.of(totalCost), Money.of("50000000.00"), Money.of("20000000.00")));
        return facts;
    }

    private ConditionResult score(FactsBuilder facts, long classI, long classII) {
        return condition(evaluate(facts.ip(classI, classII)), "EVALUATION_SCORE");
    }

    private Evaluation evaluate(FactsBuilder facts) {
        return SeededRules.evaluate(ruleSets, TECH_SME, facts);
    }

    private static ItemResult item(ConditionResult score, String code) {
        return score.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}

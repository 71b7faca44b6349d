package org.keji.enterprise.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.enterprise.certification.CertificationTypeRepository;
import org.keji.enterprise.eligibility.dto.EligibilityCheckRequest;
import org.keji.enterprise.eligibility.dto.EligibilityCheckView;
import org.keji.enterprise.eligibility.dto.RuleSetReference;
import org.keji.enterprise.registry.Enterprise;
import org.keji.enterprise.registry.EnterpriseRepository;
import org.keji.enterprise.ruleset.RuleSet;
import org.keji.enterprise.ruleset.RuleSetRepository;
import org.keji.enterprise.support.JsonColumns;

import com.fasterxml.jackson.core.type.TypeReference;

@ApplicationScoped
public class EligibilityService {

    private static final TypeReference<List<ConditionResult>> RESULTS = new TypeReference<>() {
    };

    private final EnterpriseRepository enterprises;
    private final CertificationTypeRepository types;
    private final RuleSetRepository ruleSets;
    private final EligibilityCheckRepository checks;
    private final FactsCollector collector;
    private final Caller caller;
    private final Clock clock;
    private final JsonColumns json;

    public EligibilityService(EnterpriseRepository enterprises, CertificationTypeRepository types,
            RuleSetRepository ruleSets, EligibilityCheckRepository checks, FactsCollector collector, Caller caller,
            Clock clock, JsonColumns json) {
        this.enterprises = enterprises;
        this.types = types;
        this.ruleSets = ruleSets;
        this.checks = checks;
        this.collector = collector;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Evaluates the rule set in force (or the one asked for) on the bureau's data about the enterprise, and keeps the
     * check with its facts and results.
     */
    @Transactional
    public EligibilityCheckView check(String uscc, EligibilityCheckRequest request) {
        caller.requireEnterprise(uscc, () -> enterpriseNotFound(uscc));
        Enterprise enterprise = enterprises.findByUscc(uscc).orElseThrow(() -> enterpriseNotFound(uscc));
        if (types.findByIdOptional(request.certificationType()).isEmpty()) {
            throw new BusinessRuleException("CERTIFICATION_TYPE_UNKNOWN", request.certificationType());
        }
        RuleSet ruleSet = request.ruleSetId() == null
                ? ruleSets.inForce(request.certificationType(), enterprise.region(), request.year())
                        .orElseThrow(() -> new BusinessRuleException("NO_RULE_SET_IN_FORCE",
                                request.certificationType(), enterprise.region(), request.year()))
                : ruleSets.findByIdOptional(request.ruleSetId())
                        .filter(set -> set.certificationType().equals(request.certificationType()))
                        .orElseThrow(() -> new BusinessRuleException("RULE_SET_NOT_APPLICABLE", request.ruleSetId(),
                                request.certificationType()));
        LocalDate asOf = LocalDate.now(clock);
        Facts facts = collector.collect(enterprise, request.year(), asOf);
        Evaluation evaluation = RuleEngine.evaluate(ruleSet.specs(), facts, Map.of());
        EligibilityCheck check = EligibilityCheck.of(uscc, request.certificationType(), request.year(), asOf,
                ruleSet.id(), evaluation.verdict(), json.write(facts), json.write(evaluation.results()), caller.name(),
                OffsetDateTime.now(clock));
        checks.persist(check);
        return view(check, ruleSet);
    }

    public EligibilityCheckView get(String uscc, UUID id) {
        NotFoundException notFound = new NotFoundException("ELIGIBILITY_CHECK_NOT_FOUND", id);
        caller.requireEnterprise(uscc, () -> notFound);
        EligibilityCheck check = checks.findByIdOptional(id).filter(c -> c.uscc().equals(uscc))
                .orElseThrow(() -> notFound);
        return view(check, ruleSets.findById(check.ruleSetId()));
    }

    public Page<EligibilityCheckView> list(String uscc, PageQuery query) {
        caller.requireEnterprise(uscc, () -> enterpriseNotFound(uscc));
        return checks.pageByUscc(uscc, query).map(check -> view(check, ruleSets.findById(check.ruleSetId())));
    }

    private EligibilityCheckView view(EligibilityCheck check, RuleSet ruleSet) {
        return new EligibilityCheckView(check.id(), check.uscc(), check.certificationType(), check.year(),
                check.asOf(), RuleSetReference.of(ruleSet), check.verdict(), json.read(check.resultsJson(), RESULTS),
                json.read(check.factsJson(), Facts.class), check.checkedBy(), check.checkedAt());
    }

    private static NotFoundException enterpriseNotFound(String uscc) {
        return new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
    }
}

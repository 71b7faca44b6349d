package org.keji.enterprise.ruleset;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.enterprise.certification.CertificationTypeRepository;
import org.keji.enterprise.ruleset.dto.CreateRuleSetRequest;
import org.keji.enterprise.ruleset.dto.RuleRequest;
import org.keji.enterprise.ruleset.dto.RuleSetView;

@ApplicationScoped
public class RuleSetService {

    private final RuleSetRepository ruleSets;
    private final CertificationTypeRepository types;
    private final Caller caller;
    private final Clock clock;

    public RuleSetService(RuleSetRepository ruleSets, CertificationTypeRepository types, Caller caller, Clock clock) {
        this.ruleSets = ruleSets;
        this.types = types;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Adds the next version of the rules of a type, region and year. Versions of one type are numbered one at a time
     * (the type's row is locked), so two administrators publishing at once get versions n and n+1.
     */
    @Transactional
    public RuleSetView create(CreateRuleSetRequest request) {
        types.lock(request.certificationType())
                .orElseThrow(() -> new BusinessRuleException("CERTIFICATION_TYPE_UNKNOWN", request.certificationType()));
        List<Problem.Violation> violations = check(request.rules(), types.codes());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("RULE_SET_INVALID", violations);
        }
        int version = ruleSets.nextVersion(request.certificationType(), request.region(), request.year());
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < request.rules().size(); i++) {
            RuleRequest rule = request.rules().get(i);
            rules.add(RuleSet.rule(i + 1, rule.code(), rule.title().strip(), rule.clause().strip(),
                    RuleDefinitions.write(rule.definition())));
        }
        RuleSet set = RuleSet.create(request.certificationType(), request.region(), request.year(), version,
                request.name().strip(), request.source().strip(), rules, caller.name(), OffsetDateTime.now(clock));
        ruleSets.persist(set);
        return RuleSetView.of(set);
    }

    public RuleSetView get(UUID id) {
        return ruleSets.findByIdOptional(id).map(RuleSetView::of)
                .orElseThrow(() -> new NotFoundException("RULE_SET_NOT_FOUND", id));
    }

    public Page<RuleSetView> search(String certificationType, String region, Integer year, PageQuery query) {
        return ruleSets.search(certificationType, region, year, query).map(RuleSetView::of);
    }

    /** The rule set that an evaluation for this type, region and year uses. */
    public RuleSetView inForce(String certificationType, String region, int year) {
        return ruleSets.inForce(certificationType, region, year).map(RuleSetView::of)
                .orElseThrow(() -> new NotFoundException("NO_RULE_SET_IN_FORCE", certificationType, region, year));
    }

    private static List<Problem.Violation> check(List<RuleRequest> rules, Set<String> certificationTypes) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!codes.add(rules.get(i).code())) {
                violations.add(new Problem.Violation("rules[" + i + "].code", "must be unique in the rule set",
                        rules.get(i).code()));
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            RuleRequest rule = rules.get(i);
            violations.addAll(RuleDefinitions.check("rules[" + i + "].definition", rule.code(), rule.definition(),
                    codes, certificationTypes));
        }
        return violations;
    }
}

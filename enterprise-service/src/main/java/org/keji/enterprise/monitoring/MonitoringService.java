package org.keji.enterprise.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.Caller;
import org.keji.enterprise.certification.Certification;
import org.keji.enterprise.certification.CertificationRepository;
import org.keji.enterprise.eligibility.ConditionResult;
import org.keji.enterprise.eligibility.Facts;
import org.keji.enterprise.eligibility.FactsCollector;
import org.keji.enterprise.eligibility.Outcome;
import org.keji.enterprise.eligibility.RuleEngine;
import org.keji.enterprise.figures.YearlyFiguresRepository;
import org.keji.enterprise.monitoring.dto.FailedCondition;
import org.keji.enterprise.monitoring.dto.MonitoredCertificationView;
import org.keji.enterprise.registry.Enterprise;
import org.keji.enterprise.registry.EnterpriseRepository;
import org.keji.enterprise.ruleset.RuleSetRepository;
import org.keji.enterprise.ruleset.RuleSpec;
import org.keji.enterprise.support.JsonColumns;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The monitoring list (监测名单) of certified certificates: whose holder's latest yearly figures fail a hard condition of
 * the rules in force, or whose annual report is overdue. Findings are computed when the figures or reports change (in
 * that transaction), by a daily full pass and on demand, and kept in {@code monitoring_finding}; the list only reads
 * them.
 */
@ApplicationScoped
public class MonitoringService {

    private static final TypeReference<List<FailedCondition>> CONDITIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> YEARS = new TypeReference<>() {
    };

    /** The outcome of a refresh: certificates evaluated, and how many of them have a finding. */
    public record Refreshed(int certifications, int flagged, UUID lastId) {
    }

    /** The rules of one type for one region and year, read once per refresh. */
    private record Rules(UUID ruleSetId, List<RuleSpec> specs) {
    }

    private final CertificationRepository certifications;
    private final EnterpriseRepository enterprises;
    private final YearlyFiguresRepository figures;
    private final RuleSetRepository ruleSets;
    private final FactsCollector collector;
    private final MonitoringFindingRepository findings;
    private final Caller caller;
    private final Clock clock;
    private final JsonColumns json;

    public MonitoringService(CertificationRepository certifications, EnterpriseRepository enterprises,
            YearlyFiguresRepository figures, RuleSetRepository ruleSets, FactsCollector collector,
            MonitoringFindingRepository findings, Caller caller, Clock clock, JsonColumns json) {
        this.caller = caller;
        this.certifications = certifications;
        this.enterprises = enterprises;
        this.figures = figures;
        this.ruleSets = ruleSets;
        this.collector = collector;
        this.findings = findings;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Re-evaluates every certificate of one enterprise. Joins the caller's transaction, so findings change together with
     * the figures or annual report that change them.
     */
    @Transactional
    public Refreshed refreshEnterprise(String uscc) {
        return refresh(certifications.listByUscc(uscc));
    }

    /** Re-evaluates the next {@code limit} certified certificates after {@code after} (by id), in one transaction. */
    @Transactional
    public Refreshed refreshBatch(UUID after, int limit) {
        return refresh(certifications.certifiedAfter(after, limit));
    }

    /** Drops the findings of certificates no longer certified. */
    @Transactional
    public int purgeUncertified() {
        return findings.purgeUncertified();
    }

    /** One page of the monitoring list; an officer's within its regions. */
    public Page<MonitoredCertificationView> list(MonitoringFilter filter, PageQuery query) {
        return findings.page(filter.within(caller.officerRegions().orElse(null)), query).map(this::view);
    }

    private Refreshed refresh(List<Certification> batch) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, List<Certification>> byHolder = batch.stream()
                .collect(Collectors.groupingBy(Certification::uscc, LinkedHashMap::new, Collectors.toList()));
        Map<String, Enterprise> holders = byHolder.isEmpty() ? Map.of()
                : enterprises.list("uscc in ?1", byHolder.keySet()).stream()
                        .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
        // one query each for the batch, not one per certificate: a full pass covers every certified enterprise
        Map<String, Integer> latestYears = figures.latestYears(byHolder.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(Certification::isCertified)).map(Map.Entry::getKey)
                .toList());
        List<UUID> clean = new ArrayList<>();
        Map<String, Optional<Rules>> rules = new HashMap<>();
        int flagged = 0;
        for (Map.Entry<String, List<Certification>> held : byHolder.entrySet()) {
            Enterprise holder = holders.get(held.getKey());
            // most figure reports come from enterprises without a certificate: read no facts for them
            boolean certified = held.getValue().stream().anyMatch(Certification::isCertified);
            Optional<Integer> latest = holder == null || !certified ? Optional.empty()
                    : Optional.ofNullable(latestYears.get(holder.uscc()));
            // the latest figures are "last year" of an evaluation in the year after them
            Facts facts = latest.map(year -> collector.collect(holder, year + 1, today)).orElse(null);
            for (Certification certification : held.getValue()) {
                if (!certification.isCertified()) {
                    clean.add(certification.id());
                    continue;
                }
                Optional<Rules> inForce = facts == null ? Optional.empty()
                        : rules.computeIfAbsent(
                                certification.certificationType() + "/" + holder.region() + "/" + facts.year(),
                                key -> ruleSets.inForce(certification.certificationType(), holder.region(),
                                        facts.year()).map(set -> new Rules(set.id(), set.specs())));
                List<FailedCondition> failed = inForce.map(r -> failedHardConditions(r, facts)).orElse(List.of());
                List<Integer> missing = certification.missingAnnualReports(today);
                if (failed.isEmpty() && missing.isEmpty()) {
                    clean.add(certification.id());
                    continue;
                }
                findings.save(certification, holder == null ? certification.region() : holder.region(),
                        latest.orElse(null), inForce.map(Rules::ruleSetId).orElse(null), json.write(failed),
                        json.write(missing), now);
                flagged++;
            }
        }
        findings.forgetAll(clean);
        return new Refreshed(batch.size(), flagged, batch.isEmpty() ? null : batch.get(batch.size() - 1).id());
    }

    /** A hard condition is a THRESHOLD rule; it is a finding when it fails, not when data is missing. */
    private static List<FailedCondition> failedHardConditions(Rules rules, Facts facts) {
        List<FailedCondition> failed = new ArrayList<>();
        for (ConditionResult result : RuleEngine.evaluate(rules.specs(), facts, Map.of()).results()) {
            if ("THRESHOLD".equals(result.kind()) && result.outcome() == Outcome.FAIL) {
                failed.add(FailedCondition.of(result));
            }
        }
        return failed;
    }

    private MonitoredCertificationView view(MonitoringFindingRepository.Row row) {
        MonitoringFinding f = row.finding();
        Certification c = row.certification();
        List<FindingKind> kinds = new ArrayList<>();
        if (f.conditionFailed()) {
            kinds.add(FindingKind.HARD_CONDITION_FAILED);
        }
        if (f.annualReportMissing()) {
            kinds.add(FindingKind.ANNUAL_REPORT_MISSING);
        }
        return new MonitoredCertificationView(c.id(), c.uscc(), c.certificationType(), c.certificateNumber(),
                c.status(), c.validFrom(), c.validTo(), f.region(), kinds, f.figuresYear(), f.ruleSetId(),
                json.read(f.failedConditionsJson(), CONDITIONS), json.read(f.missingAnnualReportsJson(), YEARS),
                f.refreshedAt());
    }
}

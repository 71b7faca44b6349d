package org.keji.enterprise.ruleset;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One version of the rules of a certification type for a region and a year. Written once, never changed (the
 * database refuses updates): a new policy is a new version, so earlier evaluations stay reproducible.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet {

    /** The region code of rule sets that apply everywhere. */
    public static final String NATIONAL = "000000";

    @Id
    private UUID id;

    @Column(name = "certification_type", nullable = false, length = 30)
    private String certificationType;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule", joinColumns = @JoinColumn(name = "rule_set_id"))
    @OrderBy("position")
    private List<Rule> rules = new ArrayList<>();

    protected RuleSet() {
    }

    /** A new version; {@code rules} are (code, title, clause, definition JSON) in order. */
    public static RuleSet create(String certificationType, String region, int year, int version, String name,
            String source, List<Rule> rules, String createdBy, OffsetDateTime now) {
        RuleSet set = new RuleSet();
        set.id = UUID.randomUUID();
        set.certificationType = certificationType;
        set.region = region;
        set.year = year;
        set.version = version;
        set.name = name;
        set.source = source;
        set.createdBy = createdBy;
        set.createdAt = now;
        set.rules = new ArrayList<>(rules);
        return set;
    }

    /** A rule for {@link #create}, at the given 1-based position. */
    public static Rule rule(int position, String code, String title, String clause, String definitionJson) {
        return new Rule(position, code, title, clause, definitionJson);
    }

    public UUID id() {
        return id;
    }

    public String certificationType() {
        return certificationType;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The rules with their definitions read, in order, as the engine evaluates them. */
    public List<RuleSpec> specs() {
        return rules.stream().map(r -> new RuleSpec(r.code(), r.title(), r.clause(),
                RuleDefinitions.read(r.definitionJson()))).toList();
    }
}

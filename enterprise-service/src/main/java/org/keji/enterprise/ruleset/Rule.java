package org.keji.enterprise.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One rule of a rule set: its code, a title, the clause of the source document it implements, and its definition. */
@Embeddable
public class Rule {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String clause;

    /** The definition as JSON, read and written by {@link RuleDefinitions}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String definition;

    protected Rule() {
    }

    Rule(int position, String code, String title, String clause, String definition) {
        this.position = position;
        this.code = code;
        this.title = title;
        this.clause = clause;
        this.definition = definition;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String clause() {
        return clause;
    }

    public String definitionJson() {
        return definition;
    }
}

package org.keji.enterprise.ruleset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Comparison of the actual value with the threshold: GE ≥, GT >, LE ≤, LT <, EQ =")
public enum Operator {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<"),
    EQ("=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a comparison result ({@code actual.compareTo(threshold)}) satisfies the operator. */
    public boolean holds(int comparison) {
        return switch (this) {
            case GE -> comparison >= 0;
            case GT -> comparison > 0;
            case LE -> comparison <= 0;
            case LT -> comparison < 0;
            case EQ -> comparison == 0;
        };
    }
}

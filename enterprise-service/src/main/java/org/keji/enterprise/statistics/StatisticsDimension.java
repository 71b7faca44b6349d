package org.keji.enterprise.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;
import org.keji.enterprise.certification.CertificationLevel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What certification statistics can be grouped by ({@code groupBy}). Each dimension carries its own SQL expression, a
 * constant: a query is built only from these, never from the text of a request.
 */
@Schema(name = "StatisticsDimension", type = SchemaType.STRING, enumeration = { "type", "level", "region",
        "year" }, description = "A grouping of certification statistics: `type` (certification type code), `level` "
                + "(level of the type: NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY), `region` (six-digit GB/T 2260 code of "
                + "the holder when certified), `year` (year of validFrom)")
public enum StatisticsDimension {

    TYPE("type", "c.certification_type", "certification_type", false),
    LEVEL("level", "t.level", "level", true),
    REGION("region", "c.region", "region", false),
    YEAR("year", "CAST(EXTRACT(YEAR FROM c.valid_from) AS integer)", "year", false);

    private final String parameter;
    private final String expression;
    private final String alias;
    private final boolean needsType;

    StatisticsDimension(String parameter, String expression, String alias, boolean needsType) {
        this.parameter = parameter;
        this.expression = expression;
        this.alias = alias;
        this.needsType = needsType;
    }

    /**
     * The dimensions of a {@code groupBy} parameter in the order given, each once; {@code fallback} when none is given.
     *
     * @throws InvalidRequestException {@code VALIDATION_FAILED} naming {@code groupBy} for a value that is no dimension
     */
    public static List<StatisticsDimension> parse(List<String> values, List<StatisticsDimension> fallback) {
        List<StatisticsDimension> dimensions = new ArrayList<>();
        for (String value : values == null ? List.<String> of() : values) {
            StatisticsDimension dimension = Arrays.stream(values()).filter(d -> d.parameter.equals(value)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("VALIDATION_FAILED",
                            List.of(new Problem.Violation("groupBy", "must be one of " + allowed(), value))));
            if (!dimensions.contains(dimension)) {
                dimensions.add(dimension);
            }
        }
        return dimensions.isEmpty() ? List.copyOf(fallback) : List.copyOf(dimensions);
    }

    private static String allowed() {
        return Arrays.stream(values()).map(d -> d.parameter).collect(Collectors.joining(", "));
    }

    /** The value of {@code groupBy} naming this dimension, as echoed in responses. */
    @JsonValue
    public String parameter() {
        return parameter;
    }

    /** The SQL expression over {@code certification c} (and {@code certification_type t}) giving the group value. */
    String expression() {
        return expression;
    }

    /** The column name of the dimension in a query's result. */
    String alias() {
        return alias;
    }

    /** Whether the expression reads the certification type ({@code t}), so the query joins it. */
    boolean needsType() {
        return needsType;
    }

    /** How rows are ordered by this dimension: levels from national down, everything else by its value. */
    String orderBy(String column) {
        if (this != LEVEL) {
            return column;
        }
        StringBuilder rank = new StringBuilder("CASE ").append(column);
        for (CertificationLevel level : CertificationLevel.values()) {
            rank.append(" WHEN '").append(level.name()).append("' THEN ").append(level.ordinal());
        }
        return rank.append(" END").toString();
    }
}

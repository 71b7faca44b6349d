package org.keji.ip.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What ip statistics can be grouped by ({@code groupBy}). Each figure names the dimensions it offers and the column of
 * its table behind each ({@link Figure}); a statement is built only from those constants, never from the text of a
 * request.
 */
@Schema(name = "IpStatisticsDimension", type = SchemaType.STRING, enumeration = { "type", "region", "year",
        "category", "kind", "outcome", "status" }, description = "A grouping of ip statistics: `type` (patent type, "
                + "contract type), `region` (at `regionLevel`), `year`, `kind` (of a dispute, of a subsidy policy), and "
                + "for disputes `category`, `outcome`, `status` (also pledges); each figure lists the ones it accepts")
public enum Dimension {

    TYPE("type"),
    REGION("region"),
    YEAR("year"),
    CATEGORY("category"),
    KIND("kind"),
    OUTCOME("outcome"),
    STATUS("status");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    /** The value of {@code groupBy} naming this dimension, as echoed in responses. */
    @JsonValue
    public String parameter() {
        return parameter;
    }

    /**
     * A figure's table and the column behind each dimension it offers; {@link #REGION} always means the table's
     * six-digit {@code region} column at the level asked for.
     *
     * @param alias the alias of the table in the figure's statement
     * @param columns the dimensions offered, in the order of the documentation, with their columns
     */
    record Figure(String alias, Map<Dimension, String> columns) {

        /**
         * The dimensions of a {@code groupBy} parameter in the order given, each once; {@code fallback} when none.
         *
         * @throws InvalidRequestException {@code VALIDATION_FAILED} naming {@code groupBy} for a value the figure does
         *         not offer
         */
        List<Dimension> parse(List<String> values, List<Dimension> fallback) {
            List<Dimension> dimensions = new ArrayList<>();
            for (String value : values == null ? List.<String> of() : values) {
                Dimension dimension = Arrays.stream(Dimension.values())
                        .filter(d -> d.parameter.equals(value) && columns.containsKey(d)).findFirst()
                        .orElseThrow(() -> new InvalidRequestException("VALIDATION_FAILED", List.of(
                                new Problem.Violation("groupBy", "must be one of " + allowed(), value))));
                if (!dimensions.contains(dimension)) {
                    dimensions.add(dimension);
                }
            }
            return dimensions.isEmpty() ? List.copyOf(fallback) : List.copyOf(dimensions);
        }

        private String allowed() {
            return columns.keySet().stream().map(Dimension::parameter).collect(Collectors.joining(", "));
        }

        /** The SQL expression of {@code dimension} over this figure's table. */
        String expression(Dimension dimension, RegionLevel level) {
            return dimension == REGION ? level.expression(column(dimension)) : column(dimension);
        }

        /** The column behind {@code dimension}, qualified by the table's alias (a region's own six-digit code). */
        String column(Dimension dimension) {
            return alias + "." + columns.get(dimension);
        }
    }
}

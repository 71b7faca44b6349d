package org.keji.enterprise.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationSample.Certificate;

/**
 * The figures the statistics endpoints should answer, computed in Java from certificates generated independently of the
 * database, as JSON rows ({@code certificationType}, {@code level}, {@code region}, {@code year}, counts), in the
 * endpoints' order.
 */
final class ExpectedStatistics {

    private ExpectedStatistics() {
    }

    /** Distinct holders per group, e.g. {@code groupBy = ["type", "region"]}. */
    static List<Map<String, Object>> enterprisesByGroup(List<Certificate> certificates, List<String> groupBy) {
        Map<List<Comparable<?>>, Set<String>> holders = new TreeMap<>(order(groupBy));
        for (Certificate c : certificates) {
            holders.computeIfAbsent(key(c, groupBy), k -> new HashSet<>()).add(c.uscc());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        holders.forEach((key, usccs) -> {
            Map<String, Object> row = row(key, groupBy);
            row.put("count", usccs.size());
            rows.add(row);
        });
        return rows;
    }

    static int distinctEnterprises(List<Certificate> certificates) {
        return certificates.stream().map(Certificate::uscc).collect(Collectors.toSet()).size();
    }

    /** Certificates per group, with their origins when {@code withOrigins}. */
    static List<Map<String, Object>> certificatesByGroup(List<Certificate> certificates, List<String> groupBy,
            boolean withOrigins) {
        Map<List<Comparable<?>>, List<Certificate>> groups = new TreeMap<>(order(groupBy));
        for (Certificate c : certificates) {
            groups.computeIfAbsent(key(c, groupBy), k -> new ArrayList<>()).add(c);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        groups.forEach((key, members) -> {
            Map<String, Object> row = row(key, groupBy);
            row.put("count", members.size());
            if (withOrigins) {
                row.put("granted", count(members, CertificationOrigin.GRANTED));
                row.put("imported", count(members, CertificationOrigin.IMPORTED));
            }
            rows.add(row);
        });
        return rows;
    }

    static int count(List<Certificate> certificates, CertificationOrigin origin) {
        return (int) certificates.stream().filter(c -> c.origin() == origin).count();
    }

    private static List<Comparable<?>> key(Certificate c, List<String> groupBy) {
        return groupBy.stream().<Comparable<?>> map(dimension -> switch (dimension) {
            case "type" -> c.type();
            case "level" -> c.level();
            case "region" -> c.region();
            case "year" -> c.year();
            default -> throw new IllegalArgumentException(dimension);
        }).toList();
    }

    private static Map<String, Object> row(List<Comparable<?>> key, List<String> groupBy) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < groupBy.size(); i++) {
            Object value = key.get(i);
            row.put(groupBy.get(i).equals("type") ? "certificationType" : groupBy.get(i),
                    value instanceof CertificationLevel level ? level.name() : value);
        }
        return row;
    }

    /** Types and regions by code, levels from national down (enum order), years ascending. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Comparator<List<Comparable<?>>> order(List<String> groupBy) {
        return (a, b) -> {
            for (int i = 0; i < groupBy.size(); i++) {
                int compared = ((Comparable) a.get(i)).compareTo(b.get(i));
                if (compared != 0) {
                    return compared;
                }
            }
            return 0;
        };
    }
}

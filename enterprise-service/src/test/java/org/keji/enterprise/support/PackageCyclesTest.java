package org.keji.enterprise.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No feature package imports one that imports it back, directly or through others (STYLE.md "Learned in this
 * codebase"): a feature that must react to another observes its events instead of being called.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/keji/enterprise");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.keji\\.enterprise\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void shouldHaveNoCycleBetweenTheFeaturePackages() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the module directory");
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String feature = SOURCES.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(read(file));
                while (m.find()) {
                    if (!m.group(1).equals(feature)) {
                        imports.computeIfAbsent(feature, f -> new TreeSet<>()).add(m.group(1));
                    }
                }
            });
        }
        assertTrue(imports.containsKey("application"), "the feature packages were read");
        List<String> cycles = new ArrayList<>();
        for (String feature : imports.keySet()) {
            for (String imported : imports.get(feature)) {
                if (reaches(imports, imported, feature, new TreeSet<>())) {
                    cycles.add(feature + " -> " + imported + " -> … -> " + feature);
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static boolean reaches(Map<String, Set<String>> imports, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return imports.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(imports, next, to, seen));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.keji.enterprise.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Monitoring reads figures, certificates and rules, so nothing it reads may call it back (STYLE.md: no package imports
 * one that imports it back): the features fire their domain events and {@link MonitoringTriggers} observes them.
 */
class MonitoringDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/keji/enterprise");

    @Test
    void shouldLetNoOtherFeatureDependOnMonitoring() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.resolve("monitoring")), "run from the module directory");
        List<String> dependents;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            dependents = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(SOURCES.resolve("monitoring")))
                    .filter(file -> read(file).contains("org.keji.enterprise.monitoring"))
                    .map(file -> SOURCES.relativize(file).toString()).sorted().toList();
        }
        assertEquals(List.of(), dependents);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

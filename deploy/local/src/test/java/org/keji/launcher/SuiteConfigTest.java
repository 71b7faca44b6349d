package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteConfigTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void shouldUseTheDocumentedPortsByDefault() {
        SuiteConfig config = SuiteConfig.fromSettings(ROOT, ROOT.resolve(".keji"), name -> null, Map.of());

        assertEquals(8080, config.gatewayPort());
        assertEquals(8081, config.enterprisePort());
        assertEquals(8082, config.projectPort());
        assertEquals(8083, config.ipPort());
        assertEquals(8084, config.financePort());
        assertEquals(15432, config.postgresPort());
        assertEquals(19092, config.kafkaPort());
        assertEquals(ROOT.resolve(".keji/logs"), config.logDirectory());
    }

    @Test
    void shouldTakePortsFromTheEnvironmentAndPreferSystemProperties() {
        Map<String, String> env = Map.of("KEJI_GATEWAY_PORT", "9080", "KEJI_PG_PORT", "25432", "KEJI_KAFKA_PORT",
                "29092", "KEJI_FINANCE_PORT", "9084");
        Map<String, String> properties = Map.of("keji.gateway.port", "7080", "keji.ip.port", "7083");

        SuiteConfig config = SuiteConfig.fromSettings(ROOT, ROOT, properties::get, env);

        assertEquals(7080, config.gatewayPort());
        assertEquals(7083, config.ipPort());
        assertEquals(9084, config.financePort());
        assertEquals(25432, config.postgresPort());
        assertEquals(29092, config.kafkaPort());
        assertEquals(8081, config.enterprisePort());
    }

    @Test
    void shouldRefuseAPortThatIsNotANumber() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> SuiteConfig.fromSettings(ROOT, ROOT, name -> null, Map.of("KEJI_KAFKA_PORT", "kafka")));

        assertTrue(error.getMessage().contains("KEJI_KAFKA_PORT"), error.getMessage());
    }

    @Test
    void shouldNameTheMissingJarsAndTheBuildCommandBeforeStartingAnything(@TempDir Path emptyRoot) throws Exception {
        Files.createFile(emptyRoot.resolve("mvnw"));

        var error = assertThrows(IllegalStateException.class,
                () -> Suite.start(SuiteConfig.onFreePorts(emptyRoot, emptyRoot.resolve("work"))));

        assertTrue(error.getMessage().contains("enterprise-service/target/quarkus-app/quarkus-run.jar"),
                error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw package -DskipTests"), error.getMessage());
        assertTrue(Files.notExists(emptyRoot.resolve("work")), "nothing started, nothing written");
    }

    @Test
    void shouldStartChildrenWithTheProductionOptionsFileThenTheQuickStartOneByDefault() {
        SuiteConfig config = SuiteConfig.fromSettings(ROOT, ROOT, name -> null, Map.of());

        assertEquals(List.of("@/repo/deploy/jvm/service.options", "@/repo/deploy/jvm/quick-start.options"),
                config.serviceJvmOptions());
        assertEquals(config.serviceJvmOptions(), SuiteConfig.onFreePorts(ROOT, ROOT).serviceJvmOptions());
        assertEquals(List.of("@/repo/deploy/jvm/service.options"), SuiteConfig.productionJvmOptions(ROOT));
    }

    @Test
    void shouldReplaceTheJvmOptionsWithKejiServiceJvmOptionsAndPreferTheSystemProperty() {
        SuiteConfig fromEnvironment = SuiteConfig.fromSettings(ROOT, ROOT, name -> null,
                Map.of("KEJI_SERVICE_JVM_OPTIONS", " -Xmx512m  -XX:+UseParallelGC "));
        SuiteConfig fromProperty = SuiteConfig.fromSettings(ROOT, ROOT,
                Map.of("keji.service.jvm-options", "-Xmx256m")::get, Map.of("KEJI_SERVICE_JVM_OPTIONS", "-Xmx512m"));

        assertEquals(List.of("-Xmx512m", "-XX:+UseParallelGC"), fromEnvironment.serviceJvmOptions());
        assertEquals(List.of("-Xmx256m"), fromProperty.serviceJvmOptions());
    }

    @Test
    void shouldKeepTheProductionOptionsFullJitAndLeaveC1OnlyToTheQuickStartFile() throws Exception {
        Path root = SuiteConfig.locateRoot();

        assertFalse(options(root.resolve(SuiteConfig.SERVICE_OPTIONS)).stream()
                .anyMatch(option -> option.startsWith("-XX:TieredStopAtLevel")));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), options(root.resolve(SuiteConfig.QUICK_START_OPTIONS)));
    }

    @Test
    void shouldHaveEveryOptionOfTheRepositorysFilesAcceptedByTheJvmThatRunsTheBuild() throws Exception {
        Path root = SuiteConfig.locateRoot();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SuiteConfig.quickStartJvmOptions(root));
        command.add("-version");

        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "java -version did not end");
        assertEquals(0, java.exitValue(), output);
    }

    @Test
    void shouldGiveEveryChildTheEnvironmentBesideTheOptions() {
        SuiteConfig config = SuiteConfig.onFreePorts(SuiteConfig.locateRoot(), ROOT);

        assertEquals("2", config.serviceEnvironment().get("MALLOC_ARENA_MAX"));
    }

    @Test
    void shouldReadTheEnvironmentFileSkippingCommentsAndRefuseALineWithoutEquals(@TempDir Path root)
            throws Exception {
        Path file = root.resolve(SuiteConfig.SERVICE_ENVIRONMENT);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# comment\n\n  A = 1 \nB=x=y\n");
        SuiteConfig config = SuiteConfig.onFreePorts(root, root);

        assertEquals(Map.of("A", "1", "B", "x=y"), config.serviceEnvironment());

        Files.writeString(file, "A=1\nMALLOC_ARENA_MAX\n");
        var error = assertThrows(IllegalArgumentException.class, config::serviceEnvironment);
        assertTrue(error.getMessage().contains("MALLOC_ARENA_MAX"), error.getMessage());
    }

    /** The options of an argument file as the java launcher reads them: {@code #} starts a comment. */
    private static List<String> options(Path file) throws Exception {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            for (String option : code.trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        return options;
    }
}

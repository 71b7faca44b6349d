package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
}

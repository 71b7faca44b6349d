package org.keji.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KejiInfraTest {

    /** Held so the levels stay set: the in-process broker is chatty at INFO. */
    private static final List<Logger> QUIET = Stream.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky")
            .map(Logger::getLogger).peek(logger -> logger.setLevel(Level.WARNING)).toList();

    private final KejiInfra infra = KejiInfra.shared();

    @Test
    void shouldServeARealPostgresDatabasePerService() throws Exception {
        String url = infra.postgres().createDatabase("testkit_check");
        try (var c = DriverManager.getConnection(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                var rs = c.createStatement().executeQuery("SELECT current_database(), version(), '科技局'")) {
            rs.next();
            assertEquals("testkit_check", rs.getString(1));
            assertTrue(rs.getString(2).startsWith("PostgreSQL 18"), rs.getString(2));
            assertEquals("科技局", rs.getString(3));
        }
    }

    @Test
    void shouldDeliverRecordsAcrossABrokerRestart() {
        String topic = "keji.enterprise.v1";
        try (var producer = new KafkaProducer<String, String>(producerConfig())) {
            producer.send(new ProducerRecord<>(topic, "k", "before")).get();
            infra.kafka().restart();
            producer.send(new ProducerRecord<>(topic, "k", "after")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers",
                infra.kafka().bootstrapServers(), "group.id", "testkit-check", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        assertEquals(List.of("before", "after"), values);
    }

    @Test
    void shouldKeepTheDataAcrossAPostgresRestartOnTheSamePort() throws Exception {
        EmbeddedPostgres postgres = infra.postgres();
        String url = postgres.createDatabase("testkit_restart");
        try (var c = DriverManager.getConnection(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (v text)");
            s.execute("INSERT INTO kept VALUES ('重启前')");
        }
        int port = postgres.port();

        postgres.stop();
        try {
            assertFalse(postgres.isRunning());
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD));
            assertTrue(refused.getSQLState().startsWith("08"), refused.getSQLState());
        } finally {
            postgres.restart();
        }

        assertTrue(postgres.isRunning());
        assertEquals(port, postgres.port());
        try (var c = DriverManager.getConnection(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                var rs = c.createStatement().executeQuery("SELECT v, current_setting('max_connections') FROM kept")) {
            rs.next();
            assertEquals("重启前", rs.getString(1));
            assertEquals("400", rs.getString(2), "started again with the same server options");
        }
    }

    @Test
    void shouldMintTokensVerifiableWithThePublishedKey() {
        String token = infra.tokens().applicant("91350100M000100Y43");
        assertEquals(3, token.split("\\.").length);
        assertTrue(new java.io.File(infra.tokens().publicKeyLocation()).isFile());
    }

    private Map<String, Object> producerConfig() {
        return Map.of("bootstrap.servers", infra.kafka().bootstrapServers(), "acks", "all",
                "enable.idempotence", "true", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName(), "delivery.timeout.ms", "60000");
    }
}

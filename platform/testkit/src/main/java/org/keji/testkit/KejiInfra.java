package org.keji.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The infrastructure every Keji process needs: one PostgreSQL, one Kafka with the topics pre-created, and the
 * signing keys. Tests share one instance per JVM ({@link #shared()}); the local launcher starts its own on fixed
 * ports.
 */
public final class KejiInfra implements AutoCloseable {

    /** One topic per producing service, the cases' topic, and one dead-letter topic per consuming service. */
    public static final List<String> TOPICS = List.of(
            "keji.enterprise.v1", "keji.project.v1", "keji.ip.v1", "keji.finance.v1", "keji.case.v1",
            "keji.enterprise.dlq.v1", "keji.project.dlq.v1", "keji.ip.dlq.v1", "keji.finance.dlq.v1",
            "keji.gateway.dlq.v1");

    private static final System.Logger LOG = System.getLogger(KejiInfra.class.getName());

    private static KejiInfra shared;

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafka kafka;
    private final Tokens tokens;

    private KejiInfra(EmbeddedPostgres postgres, EmbeddedKafka kafka, Tokens tokens) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokens = tokens;
    }

    /** Starts PostgreSQL and Kafka in parallel under {@code workDirectory}; port 0 picks a free port. */
    public static KejiInfra start(Path workDirectory, int postgresPort, int kafkaPort) {
        return start(workDirectory, postgresPort, kafkaPort, Tokens.in(workDirectory.resolve("keys")));
    }

    private static KejiInfra start(Path workDirectory, int postgresPort, int kafkaPort, Tokens tokens) {
        var pg = CompletableFuture
                .supplyAsync(() -> EmbeddedPostgres.start(postgresPort, workDirectory.resolve("postgres")));
        var broker = CompletableFuture
                .supplyAsync(() -> EmbeddedKafka.start(kafkaPort, workDirectory.resolve("kafka-logs")));
        var infra = new KejiInfra(pg.join(), broker.join(), tokens);
        infra.kafka.createTopics(TOPICS, 3);
        LOG.log(System.Logger.Level.INFO, "Keji infrastructure up: {0} on localhost:{1}, Apache Kafka {2} (KRaft) on {3}",
                infra.postgres.serverVersion(), String.valueOf(infra.postgres.port()), AppInfoParser.getVersion(),
                infra.kafka.bootstrapServers());
        return infra;
    }

    /** The one instance of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized KejiInfra shared() {
        if (shared == null) {
            Path work = Path.of(System.getProperty("java.io.tmpdir"), "keji-infra-" + ProcessHandle.current().pid());
            shared = start(work, 0, 0, Tokens.shared());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "keji-infra-stop"));
        }
        return shared;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public Tokens tokens() {
        return tokens;
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }
}

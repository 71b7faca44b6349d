package org.keji.commons.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka ({@code acks=all}, idempotent producer) and marks them sent. One thread per replica
 * wakes on every commit that wrote events and otherwise polls; an advisory lock lets one replica relay at a time (so
 * the events of an aggregate keep their order) and {@code FOR UPDATE SKIP LOCKED} keeps rows from being claimed twice.
 * A failed send leaves the row pending with a growing back-off; nothing is lost while Kafka is down.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary, fixed: the advisory lock of the outbox relay in each service's database. */
    private static final long RELAY_LOCK = 0x6b656a69_0001L;

    private static final String CLAIM = """
            SELECT id, topic, message_key, payload, attempts, created_at FROM outbox_event
            WHERE sent_at IS NULL AND next_attempt_at <= now()
            ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""";
    private static final String MARK_SENT = "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY(?)";
    private static final String MARK_FAILED = """
            UPDATE outbox_event SET attempts = attempts + 1, last_error = ?,
            next_attempt_at = now() + (? * interval '1 millisecond') WHERE id = ?""";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final OutboxSignal signal;
    private final String bootstrapServers;
    private final MeterRegistry registry;

    private volatile boolean running;
    private Thread thread;
    private Producer<String, String> producer;
    private Counter sent;
    private Counter failed;
    private Timer lag;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, OutboxSignal signal,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.signal = signal;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        Gauge.builder("keji.outbox.pending", this, OutboxRelay::pendingCount)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        sent = Counter.builder("keji.outbox.sent").description("Outbox events published").register(registry);
        failed = Counter.builder("keji.outbox.send.failures").description("Failed publish attempts").register(registry);
        lag = Timer.builder("keji.outbox.lag").description("From commit of an event to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
        if (!config.enabled()) {
            LOG.info("outbox relay disabled");
            return;
        }
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-" + UUID.randomUUID()),
                new StringSerializer(), new StringSerializer());
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void loop() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int relayed = relayBatch();
                backoff = config.initialBackoff();
                if (relayed < config.batchSize()) {
                    signal.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("outbox relay failed, retrying in %s: %s", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /** Claims and sends one batch in one transaction; returns how many rows it claimed. */
    int relayBatch() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int claimed = relay(connection);
                connection.commit();
                return claimed;
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int relay(Connection connection) throws SQLException, InterruptedException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, config.batchSize());
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class)));
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Pending row : batch) {
            Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(row.topic(), row.key(), row.payload()));
            acks.add(ack);
            if (ack.isDone() && ack.state() == Future.State.FAILED) {
                // no metadata from the broker: every further send would block as long, try again later
                break;
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<UUID> done = new ArrayList<>(batch.size());
        for (int i = 0; i < acks.size(); i++) {
            Pending row = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                done.add(row.id());
                lag.record(Duration.between(row.createdAt(), OffsetDateTime.now()));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                markFailed(connection, row, e);
            }
        }
        if (!done.isEmpty()) {
            try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
                Array ids = connection.createArrayOf("uuid", done.toArray());
                mark.setArray(1, ids);
                mark.executeUpdate();
            }
            sent.increment(done.size());
        }
        return batch.size();
    }

    private void markFailed(Connection connection, Pending row, Exception e) throws SQLException {
        failed.increment();
        long delay = min(config.initialBackoff().multipliedBy(1L << Math.min(row.attempts(), 16)), config.maxBackoff())
                .toMillis();
        try (PreparedStatement mark = connection.prepareStatement(MARK_FAILED)) {
            String message = e.getCause() != null ? e.getCause().toString() : e.toString();
            mark.setString(1, message.length() > 1000 ? message.substring(0, 1000) : message);
            mark.setLong(2, delay);
            mark.setObject(3, row.id());
            mark.executeUpdate();
        }
    }

    /** Events written but not yet acknowledged by the broker, in this service's database (all replicas). */
    double pendingCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection
                        .prepareStatement("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
                ResultSet rs = count.executeQuery()) {
            return rs.next() ? rs.getLong(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Pending(UUID id, String topic, String key, String payload, int attempts, OffsetDateTime createdAt) {
    }
}

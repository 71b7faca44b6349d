package org.keji.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM. It can be stopped
 * and started again on the same port and log directory, which is how tests take the broker away from a running
 * service.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int FREE_PORT_ATTEMPTS = 3;

    private final int port;
    private final Path logDirectory;
    private final Properties properties;
    private KafkaRaftServer server;

    private EmbeddedKafka(int port, int controllerPort, Path logDirectory) {
        this.port = port;
        this.logDirectory = logDirectory;
        this.properties = brokerProperties(port, controllerPort, logDirectory);
    }

    /**
     * Formats {@code logDirectory} and starts a broker on the given port (0 = a free one). With free ports another
     * process may take a port between choosing and binding it (parallel builds do); the start is then tried again on
     * other ports, in a fresh log directory, up to {@value #FREE_PORT_ATTEMPTS} times.
     */
    public static EmbeddedKafka start(int port, Path logDirectory) {
        if (port != 0) {
            return startOn(port, FreePorts.next(), logDirectory);
        }
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= FREE_PORT_ATTEMPTS; attempt++) {
            Path directory = attempt == 1 ? logDirectory
                    : logDirectory.resolveSibling(logDirectory.getFileName() + "-" + attempt);
            try {
                return startOn(FreePorts.next(), FreePorts.next(), directory);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private static EmbeddedKafka startOn(int port, int controllerPort, Path logDirectory) {
        var kafka = new EmbeddedKafka(port, controllerPort, logDirectory);
        kafka.format();
        try {
            kafka.startBroker();
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker; its data stays, so {@link #restart()} brings the same topics and offsets back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized void restart() {
        stop();
        startBroker();
    }

    /** Creates the topics that are missing; consumers otherwise race topic auto-creation. */
    public void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = admin()) {
            for (String name : names) {
                try {
                    admin.createTopics(java.util.List.of(new NewTopic(name, partitions, (short) 1))).all().get(30,
                            TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + name, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("topic creation timed out", e);
        }
    }

    public Admin admin() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return inKafkaClassLoader(() -> Admin.create(config));
    }

    @Override
    public void close() {
        stop();
    }

    private void format() {
        try {
            Files.createDirectories(logDirectory);
            Path config = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
            try (var out = Files.newOutputStream(config)) {
                properties.store(out, "embedded Kafka");
            }
            var output = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] { "format", "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", config.toString(), "--ignore-formatted" },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void startBroker() {
        server = inKafkaClassLoader(() -> {
            var broker = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
            try {
                broker.startup();
            } catch (RuntimeException e) {
                // the controller half may be up although the broker half failed: release its port and threads
                broker.shutdown();
                broker.awaitShutdown();
                throw e;
            }
            return broker;
        });
        awaitReady();
    }

    /**
     * Kafka instantiates plugins (reporters, persisters) by name through the context class loader; under a test
     * framework that is another loader than the one holding Kafka, and the plugin then does not fit.
     */
    private static <T> T inKafkaClassLoader(java.util.function.Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaRaftServer.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
        throw new IllegalStateException("embedded Kafka did not become ready", last);
    }

    private static Properties brokerProperties(int port, int controllerPort, Path logDirectory) {
        var p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        return p;
    }
}

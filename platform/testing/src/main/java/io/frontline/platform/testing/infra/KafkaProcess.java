package io.frontline.platform.testing.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker (combined KRaft node) in its own JVM, on a fixed port and data folder, so a test can
 * stop it (a broker outage) and start it again with its data. Runs {@code kafka.Kafka} from the
 * Kafka jars already on the test class path (Maven Central, no download of a distribution).
 */
public final class KafkaProcess {
    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final ManagedProcess process;

    public KafkaProcess(Path directory) {
        this.directory = directory;
        this.port = FreePort.find();
        this.controllerPort = FreePort.find();
        Path config = writeConfig();
        format(config);
        this.process = new ManagedProcess("kafka", List.of(ManagedProcess.java(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString()),
                Map.of(), directory.resolve("kafka.log"));
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public KafkaProcess start() {
        process.start().awaitReady(Duration.ofSeconds(60), this::ready);
        return this;
    }

    public void stop() {
        process.stop();
    }

    /** Creates topics up front, as the operator does in production, instead of relying on auto-creation. */
    public KafkaProcess createTopics(int partitions, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(java.util.Arrays.stream(topics)
                    .map(topic -> new org.apache.kafka.clients.admin.NewTopic(topic, partitions, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics", e);
        }
    }

    private boolean ready() {
        try (Socket ignored = new Socket("localhost", port)) {
            return answers(bootstrapServers());
        } catch (IOException e) {
            return false;
        }
    }

    private Path writeConfig() {
        try {
            Path config = directory.resolve("server.properties");
            writeConfig(config, port, controllerPort, directory.resolve("data"), 3, true);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a combined KRaft node's configuration (one broker that is its own controller, plaintext on
     * localhost) — the same broker for the tests and for the local stack.
     */
    public static void writeConfig(Path config, int port, int controllerPort, Path data, int partitions,
                                   boolean autoCreateTopics) throws IOException {
        Files.createDirectories(data);
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=" + partitions,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=" + partitions,
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=" + autoCreateTopics,
                ""));
    }

    /** True when a broker at this address answers with at least one node (within a few seconds). */
    public static boolean answers(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format(Path config) {
        format(config, directory.resolve("data"), directory.resolve("kafka-format.log"));
    }

    /** Formats a new node's storage (KRaft needs it once); a storage already formatted is left as it is. */
    public static void format(Path config, Path data, Path log) {
        ManagedProcess format = new ManagedProcess("kafka-format", List.of(ManagedProcess.java(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "kafka.tools.StorageTool", "format",
                "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", config.toString(),
                "--ignore-formatted"), Map.of(), log);
        format.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (format.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!Files.exists(data.resolve("meta.properties"))) {
            throw new IllegalStateException("formatting Kafka storage failed\n" + format.tail());
        }
        format.stop();
    }
}

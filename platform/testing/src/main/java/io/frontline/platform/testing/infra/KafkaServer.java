package io.frontline.platform.testing.infra;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker inside the test JVM: one combined KRaft node from Kafka's own test kit, at the
 * version of the kafka-clients Quarkus brings. {@code FRONTLINE_TEST_KAFKA_BOOTSTRAP} points at an
 * existing broker instead. For tests that stop and restart the broker, see {@link KafkaProcess}.
 */
public final class KafkaServer {
    private static KafkaServer shared;

    private final String bootstrapServers;

    private KafkaServer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static synchronized KafkaServer shared() {
        if (shared == null) {
            String external = System.getenv("FRONTLINE_TEST_KAFKA_BOOTSTRAP");
            shared = external != null && !external.isBlank() ? new KafkaServer(external) : start();
        }
        return shared;
    }

    private static KafkaServer start() {
        // Kafka ends its JVM (Exit.halt/exit) on a fault it takes for fatal, e.g. "all log dirs have failed". At the
        // test JVM's end its shutdown hooks run side by side, and a broker thread that finds its folder already gone
        // would end a JVM whose tests all passed with a non-zero code: surefire then fails the green module with
        // "Error occurred in starting fork". In the tests the broker never ends the JVM; the fault is thrown instead.
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("the test broker asked to halt the JVM (" + status + "): " + message);
        });
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("the test broker asked to end the JVM (" + status + "): " + message);
        });
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is ending anyway
                }
            }, "kafka-stop"));
            return new KafkaServer(cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}

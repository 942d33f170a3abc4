package io.frontline.localstack;

import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.infra.KafkaProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One Kafka broker (a combined KRaft node, the same configuration as the tests' broker) whose storage is
 * kept across runs, and the topics with their dead-letter topics, created up front as the operator does in
 * production (the stack's broker creates none by itself).
 */
final class KafkaPart extends Part {
    static final int PARTITIONS = 3;

    KafkaPart(StackSettings settings) {
        super(settings, "Kafka", "kafka", settings.externalKafka(), settings.kafkaBootstrap());
    }

    @Override
    List<Integer> ports() {
        return List.of(settings.port("kafka"), settings.port("kafka-controller"));
    }

    @Override
    List<String> command() {
        Path folder = settings.home().resolve("kafka");
        Path config = folder.resolve("server.properties");
        try {
            KafkaProcess.writeConfig(config, settings.port("kafka"), settings.port("kafka-controller"),
                    folder.resolve("data"), PARTITIONS, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(folder.resolve("data/meta.properties"))) {
            KafkaProcess.format(config, folder.resolve("data"), folder.resolve("format.log"));
        }
        return List.of(java(), "-Xms256m", "-Xmx512m", marker(), JUL, "-cp", System.getProperty("java.class.path"),
                "kafka.Kafka", config.toString());
    }

    @Override
    boolean ready() {
        return KafkaProcess.answers(settings.kafkaBootstrap());
    }

    @Override
    void whenReady() {
        List<String> names = new ArrayList<>();
        for (String topic : List.of(Topics.COMPLAINTS, Topics.INCIDENTS, Topics.SANCTIONS, Topics.NOTIFICATIONS,
                Topics.PREVENTION, Topics.CALLCENTER_TRANSCRIPTS)) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the topics", e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    @Override
    Duration timeout() {
        return Duration.ofSeconds(120);
    }
}

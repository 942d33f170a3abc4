package io.frontline.platform.testing.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest} application at the shared in-JVM Kafka broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaServer.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker is shared by the JVM and stops with it
    }
}

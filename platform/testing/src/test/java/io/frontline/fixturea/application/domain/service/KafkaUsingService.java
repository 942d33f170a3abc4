package io.frontline.fixturea.application.domain.service;

/** Violates: a use case uses Kafka directly. */
public class KafkaUsingService {
    org.apache.kafka.clients.producer.Producer<String, String> producer;
}

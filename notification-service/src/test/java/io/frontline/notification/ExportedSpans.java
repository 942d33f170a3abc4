package io.frontline.notification;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans the service exports, kept in memory for the tests (Quarkus hands every span exporter bean the finished
 * spans). Only sampled traces reach it: those a test starts with a sampled {@code traceparent}.
 */
@ApplicationScoped
public class ExportedSpans {
    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}

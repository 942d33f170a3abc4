package io.frontline.fixturea.application.domain.service;

/** Violates: a use case logs through java.util.logging. */
public class JulLoggingService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("fixture");

    void work() {
        LOG.info("working");
    }
}

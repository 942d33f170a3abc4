package io.frontline.fixturea.application.domain.service;

/** Violates: a use case logs through JBoss Logging. */
public class LoggingService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LoggingService.class);

    void work() {
        LOG.info("working");
    }
}

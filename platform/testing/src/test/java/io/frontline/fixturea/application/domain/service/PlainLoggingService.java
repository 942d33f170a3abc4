package io.frontline.fixturea.application.domain.service;

/** Allowed: the JDK's own System.Logger is no framework. */
public class PlainLoggingService {
    private static final System.Logger LOG = System.getLogger(PlainLoggingService.class.getName());

    void work() {
        LOG.log(System.Logger.Level.INFO, "working");
    }
}

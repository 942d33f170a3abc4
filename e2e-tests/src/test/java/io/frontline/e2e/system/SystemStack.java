package io.frontline.e2e.system;

import io.frontline.e2e.RunningStack;
import io.frontline.localstack.LocalStack;

import java.util.List;

/**
 * The running stack as the system tests see it: the services' addresses, the broker (which a test may take away
 * and bring back), the spans every part exported and real tokens of the demo users. The stack is the end-to-end
 * tests' one stack ({@link RunningStack}), started once for every class of this module.
 */
final class SystemStack {
    private static final SystemStack INSTANCE = new SystemStack();

    private SystemStack() {
    }

    /** The running stack; the class asking must be extended with {@link RunningStack}, which starts it. */
    static SystemStack get() {
        return INSTANCE;
    }

    private static LocalStack stack() {
        return RunningStack.stack();
    }

    String url(String service) {
        return stack().settings().serviceUrl(service);
    }

    /** The service's management interface (health, metrics, OpenAPI), not on its public port. */
    String managementUrl(String service) {
        return stack().settings().managementUrl(service);
    }

    String kafkaBootstrap() {
        return stack().settings().kafkaBootstrap();
    }

    /** The spans every service has exported so far. */
    List<OtlpReceiver.Span> traces() {
        return RunningStack.traces();
    }

    /** A broker outage: the broker process stops, its data stays. */
    void stopKafka() {
        stack().stop("kafka");
    }

    void startKafka() {
        stack().start("kafka");
    }

    /** "Bearer ..." with a real token of a demo user. */
    String bearer(String username) {
        return "Bearer " + RunningStack.client().userToken(username);
    }
}

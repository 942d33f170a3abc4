package io.frontline.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Work done later for something stored earlier (an outbox row relayed, a delivery sent by a sender thread) belongs to
 * the trace of the work that stored it. The W3C {@code traceparent} of that work is kept with the row
 * ({@link #currentTraceParent()}); when the row is taken up again in a transaction of its own, the adapter that loads
 * it says so ({@link #resume(String)}), and the adapter that does the outside work opens its span as a child of it
 * ({@link #inSpan(String, String, Runnable)}): one trace from the REST call through the events to the mail they cause.
 */
@ApplicationScoped
public class StoredTraces {
    public static final String TRACE_PARENT = "traceparent";
    private static final String RESUMED = StoredTraces.class.getName() + ".resumed";
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Tracer tracer;

    /** The W3C {@code traceparent} of the work going on now (a request, a consumed event); null outside a trace. */
    public static String currentTraceParent() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACE_PARENT);
    }

    /** The span context a stored {@code traceparent} names; invalid when it names none (null, malformed). */
    public static SpanContext parse(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return SpanContext.getInvalid();
        }
        Context extracted = W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of(TRACE_PARENT, traceParent), MAP);
        return Span.fromContext(extracted).getSpanContext();
    }

    /**
     * Says that the current transaction works on a row stored with this trace context; spans opened by
     * {@link #inSpan} in the same transaction continue it. Nothing happens outside a transaction or for no context.
     */
    public void resume(String traceParent) {
        SpanContext context = parse(traceParent);
        if (!context.isValid() || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        resumed(true).add(context);
    }

    /**
     * Runs {@code work} (a call to something outside: an SMTP server, a gateway) as a span of kind client, named
     * {@code name} (e.g. "send email"). Its parent is the first trace context the transaction resumed (links go to
     * the others, as for a digest of several deliveries), else the current context. The span is not made current:
     * nothing outside the service (a mail's headers, a webhook receiver) is given the trace's ids. A failure marks
     * the span with the exception's type only — its message may quote an address.
     */
    public void inSpan(String name, String channel, Runnable work) {
        List<SpanContext> resumed = resumed(false);
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT)
                .setAttribute("frontline.channel", channel);
        if (!resumed.isEmpty()) {
            builder.setParent(Context.root().with(Span.wrap(resumed.get(0))));
            resumed.stream().skip(1).forEach(builder::addLink);
        }
        Span span = builder.startSpan();
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    @SuppressWarnings("unchecked")
    private List<SpanContext> resumed(boolean create) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return List.of();
        }
        List<SpanContext> resumed = (List<SpanContext>) transactions.getResource(RESUMED);
        if (resumed == null) {
            if (!create) {
                return List.of();
            }
            resumed = new ArrayList<>(1);
            transactions.putResource(RESUMED, resumed);
        }
        return resumed;
    }
}

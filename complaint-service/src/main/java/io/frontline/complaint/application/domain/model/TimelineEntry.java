package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One action on a complaint: who did what when (seed 002: every step is traceable). What the service says is a
 * stable {@code code} with {@code params} (values as strings: wire names, ISO dates), rendered by the reader in
 * their own language; {@code text} holds only words a person wrote (a handler's answer, a complainant's reply, a
 * reason) and is null for entries the service makes on its own.
 */
public record TimelineEntry(Instant at, String actor, String code, Visibility visibility, Map<String, String> params,
                            String text) {
    /** Every code starts with this; the rest is the action ({@code complaint.escalated} → {@code escalated}). */
    public static final String CODE_PREFIX = "complaint.";

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(visibility, "visibility");
        if (!code.startsWith(CODE_PREFIX)) {
            throw new IllegalArgumentException("a timeline code starts with " + CODE_PREFIX);
        }
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The step without the prefix, e.g. {@code escalated}. */
    public String action() {
        return code.substring(CODE_PREFIX.length());
    }
}

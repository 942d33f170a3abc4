package io.frontline.sanction.application.domain.model;

import java.time.Instant;

/**
 * One earlier fact about the same subject that the ladder weighed: a confirmed incident
 * ({@code kind} = incident, with its reference) or a measure ({@code kind} = measure, with its type and status).
 */
public record HistoryItem(String kind, String id, String label, Instant at) {
    public static final String INCIDENT = "incident";
    public static final String MEASURE = "measure";
}

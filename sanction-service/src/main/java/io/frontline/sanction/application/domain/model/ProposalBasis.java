package io.frontline.sanction.application.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Why a measure was proposed: the ladder rule that fired (or {@code manual}, or the procedure's decision), in words, the history it
 * weighed, the incident it answers, and whether a police report is recommended.
 */
public record ProposalBasis(String rule, String explanation, List<HistoryItem> history, UUID incidentId,
                            boolean policeReportRecommended) {
    public static final String MANUAL = "manual";
    /** A staff measure proposed from the internal procedure's decision (seed 004). */
    public static final String PROCEDURE = "procedure-decision";

    public ProposalBasis {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static ProposalBasis manual(String reason, UUID incidentId, boolean policeReportRecommended) {
        return new ProposalBasis(MANUAL, reason, List.of(), incidentId, policeReportRecommended);
    }

    public boolean fromLadder() {
        return !MANUAL.equals(rule) && !PROCEDURE.equals(rule);
    }

    public boolean fromProcedure() {
        return PROCEDURE.equals(rule);
    }
}

package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A rejection of a complaint whose manner was judged abusive, proposed and waiting for a second person's
 * approval (seed 000: a legitimate complaint is never dismissed by labelling it harassment).
 */
public record RejectionProposal(String reason, String proposedBy, Instant proposedAt) {
    public RejectionProposal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }
}

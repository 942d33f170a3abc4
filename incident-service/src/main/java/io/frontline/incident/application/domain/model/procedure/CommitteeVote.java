package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/** One committee member's vote on the finding; internal to the committee (never shown to the parties). */
public record CommitteeVote(String member, Finding finding, Instant castAt) {
}

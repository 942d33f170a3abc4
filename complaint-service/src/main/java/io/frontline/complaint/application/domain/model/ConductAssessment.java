package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person's two independent judgements of a complaint (seed 000): is the demand reasonable, and is the
 * manner acceptable. Only a person confirms them, always with a reason; screening merely suggests. A demand
 * reassessed from reasonable to unreasonable also names the second person who approved the change
 * ({@code approvedBy}); otherwise that is empty.
 */
public record ConductAssessment(DemandJudgement demand, MannerJudgement manner, Set<ConductIndicator> indicators,
                                String reason, String assessedBy, Instant assessedAt, String approvedBy) {
    public ConductAssessment {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(manner, "manner");
        indicators = Set.copyOf(indicators);
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    public ConductAssessment(DemandJudgement demand, MannerJudgement manner, Set<ConductIndicator> indicators,
                             String reason, String assessedBy, Instant assessedAt) {
        this(demand, manner, indicators, reason, assessedBy, assessedAt, null);
    }

    ConductAssessment approvedBy(String approver) {
        return new ConductAssessment(demand, manner, indicators, reason, assessedBy, assessedAt, approver);
    }
}

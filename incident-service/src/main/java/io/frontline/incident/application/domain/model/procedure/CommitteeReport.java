package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.List;

/**
 * The committee's written report to management (seed 004, "Oordeel" 3): complainant, accused, who was
 * affected, the complaint, the judgement of its plausibility, advice on measures in this case (sanctions
 * included) and advice on general measures.
 */
public record CommitteeReport(String complainant, String accused, List<String> affected, String complaint,
                              Finding finding, CaseAdvice caseAdvice, String generalAdvice, Instant issuedAt) {
    public CommitteeReport {
        affected = List.copyOf(affected);
    }
}

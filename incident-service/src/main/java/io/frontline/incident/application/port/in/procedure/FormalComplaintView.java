package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.Adviser;
import io.frontline.incident.application.domain.model.procedure.CommitteeReport;
import io.frontline.incident.application.domain.model.procedure.CommitteeVote;
import io.frontline.incident.application.domain.model.procedure.ExpertEngagement;
import io.frontline.incident.application.domain.model.procedure.Hearing;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureRequest;
import io.frontline.incident.application.domain.model.procedure.ManagementDecision;
import io.frontline.incident.application.domain.model.procedure.Objection;
import io.frontline.incident.application.domain.model.procedure.PositionStatement;
import io.frontline.incident.application.domain.model.procedure.ProcedureStatus;
import io.frontline.incident.application.domain.model.procedure.TermState;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A formal complaint as one {@link Audience} may see it. {@code votes} is null for everyone but the committee;
 * {@code hearings} holds only the party's own hearings when a party reads. {@code terms}: the statutory terms as
 * they stand, for every reader.
 */
public record FormalComplaintView(Audience audience, UUID id, String reference, ProcedureStatus status,
                                  String complainant, String accused, String complaint, Instant receivedAt,
                                  Instant hearingsDueAt, Instant reportDueAt, Instant decisionDueAt,
                                  Instant objectionDueAt, List<Hearing> hearings, List<PositionStatement> positions,
                                  List<Adviser> advisers, List<ExpertEngagement> experts,
                                  List<InterimMeasureRequest> interimMeasures, List<CommitteeVote> votes,
                                  CommitteeReport report, ManagementDecision decision, List<Objection> objections,
                                  List<TermState> terms) {
}

package io.frontline.incident.adapter.out.persistence.procedure;

import io.frontline.incident.application.domain.model.procedure.Adviser;
import io.frontline.incident.application.domain.model.procedure.Committee;
import io.frontline.incident.application.domain.model.procedure.CommitteeReport;
import io.frontline.incident.application.domain.model.procedure.CommitteeVote;
import io.frontline.incident.application.domain.model.procedure.ExpertEngagement;
import io.frontline.incident.application.domain.model.procedure.Hearing;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureRequest;
import io.frontline.incident.application.domain.model.procedure.ManagementDecision;
import io.frontline.incident.application.domain.model.procedure.Objection;
import io.frontline.incident.application.domain.model.procedure.PositionStatement;

import java.util.List;
import java.util.Set;

/** The stored case file of a formal complaint: everything recorded besides its indexed columns. */
record CaseFile(String complaint, String filedBy, Committee committee, List<Hearing> hearings,
                List<PositionStatement> positions, List<Adviser> advisers, List<ExpertEngagement> experts,
                List<InterimMeasureRequest> interimMeasures, List<CommitteeVote> votes, CommitteeReport report,
                ManagementDecision decision, List<Objection> objections, Set<String> announcedMissedTerms) {
}

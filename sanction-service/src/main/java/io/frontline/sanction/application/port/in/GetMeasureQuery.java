package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.ApprovalCheck;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureStatus;

import java.util.List;
import java.util.UUID;

/** Measures the actor may see: managers those of their sites, HQ safety all customer measures, HR and HQ staff measures. */
public interface GetMeasureQuery {
    Measure get(Actor actor, UUID measureId);

    /**
     * Whether the actor may approve the measure, and if not why (four eyes means two people: not the proposer,
     * nor whoever decided the facts it rests on; and only who is entitled for its site or kind).
     */
    ApprovalCheck approvalFor(Actor actor, Measure measure);

    /**
     * Whether the actor may decide the objection against the measure, and if not why: the same rules as the
     * decision itself (issue 17: never the measure's approver or proposer; only who is entitled for its site or kind).
     */
    ApprovalCheck objectionDecisionFor(Actor actor, Measure measure);

    /** Newest first; {@code subjectKey} and {@code status} narrow the list when given. */
    List<Measure> list(Actor actor, SubjectKey subjectKey, MeasureStatus status, int limit);

    /**
     * The other proposals for the same person that await a decision, shown beside this one: a second incident
     * confirmed before the first ban was decided is held beside it, for the same decision.
     */
    List<Measure> pendingBeside(Actor actor, UUID measureId);
}

package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.port.in.SubjectDataUseCase;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.subject.SubjectDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * This service's answer to the platform's {@code /api/subjects/{subjectKey}/data}: the incidents naming the customer
 * (as the incident API shows them), their calls and the repeat-pattern mark, in the platform's one shape.
 */
@ApplicationScoped
class IncidentSubjectData implements SubjectDataHolder {
    static final String SERVICE = "incident-service";

    @Inject
    SubjectDataUseCase subjectData;

    /** The calls of which the customer was the caller and whose state is still kept. */
    public record CallsKept(int calls) {
    }

    /** The customer is marked as a cross-site repeat perpetrator. */
    public record RepeatPattern(boolean crossSite) {
    }

    @Override
    public SubjectData.Export export(Actor actor, SubjectKey subject) {
        SubjectDataUseCase.SubjectData data = subjectData.export(actor, subject);
        List<SubjectData.Held> held = new ArrayList<>();
        held.add(SubjectData.Held.of("incidents", data.incidents().stream().map(IncidentResponse::of).toList()));
        held.add(SubjectData.Held.of("calls", data.calls() == 0 ? List.of() : List.of(new CallsKept(data.calls()))));
        held.add(SubjectData.Held.of("repeat-pattern",
                data.repeatPattern() ? List.of(new RepeatPattern(true)) : List.of()));
        return new SubjectData.Export(SERVICE, subject.value(), held);
    }

    @Override
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject) {
        SubjectDataUseCase.SubjectErasure erased = subjectData.erase(actor, subject);
        return new SubjectData.Erasure(SERVICE, subject.value(),
                List.of(new SubjectData.Erased("incidents", erased.unlinked().size()),
                        new SubjectData.Erased("calls", erased.calls())),
                erased.kept().stream().map(k -> new SubjectData.Kept(k.kind(), k.reference(), k.inWords())).toList());
    }
}

package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.subject.SubjectDataHolder;
import io.frontline.sanction.application.port.in.SubjectDataUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * This service's answer to the platform's {@code /api/subjects/{subjectKey}/data}: the measures against the customer
 * (as the measure API shows them), their violations and the incidents the ladder remembers, in the platform's one
 * shape.
 */
@ApplicationScoped
class SanctionSubjectData implements SubjectDataHolder {
    static final String SERVICE = "sanction-service";

    @Inject
    SubjectDataUseCase subjectData;

    /** How many records of a kind are held whose details live elsewhere (violations, remembered incidents). */
    public record Count(int count) {
    }

    @Override
    public SubjectData.Export export(Actor actor, SubjectKey subject) {
        SubjectDataUseCase.SubjectData data = subjectData.export(actor, subject);
        return new SubjectData.Export(SERVICE, subject.value(), List.of(
                SubjectData.Held.of("measures", data.measures().stream().map(MeasureResponse::of).toList()),
                SubjectData.Held.of("violations", data.violations() == 0 ? List.of() : List.of(new Count(data.violations()))),
                SubjectData.Held.of("incidents", data.incidents() == 0 ? List.of() : List.of(new Count(data.incidents())))));
    }

    @Override
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject) {
        SubjectDataUseCase.SubjectErasure erased = subjectData.erase(actor, subject);
        return new SubjectData.Erasure(SERVICE, subject.value(),
                List.of(new SubjectData.Erased("measures", erased.erasedMeasures().size()),
                        new SubjectData.Erased("incidents", erased.incidents())),
                erased.kept().stream().map(k -> new SubjectData.Kept("measures", k.measure(), k.inWords())).toList());
    }
}

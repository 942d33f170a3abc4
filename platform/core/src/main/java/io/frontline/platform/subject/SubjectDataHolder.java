package io.frontline.platform.subject;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;

/**
 * What a service holds about a customer, by subject key: the port behind the platform's
 * {@link SubjectDataResource}. Each service that switches the resource on implements it with an adapter that calls
 * its own use case; the use case checks the actor (HQ safety, admin) and leaves its line in the trail of
 * confidential reads.
 */
public interface SubjectDataHolder {
    /** Everything held about the subject, by kind (an empty list of kinds when nothing is held). */
    SubjectData.Export export(Actor actor, SubjectKey subject);

    /** Erases or anonymises what may be erased; says what is kept under a legal hold, and why. */
    SubjectData.Erasure erase(Actor actor, SubjectKey subject);
}

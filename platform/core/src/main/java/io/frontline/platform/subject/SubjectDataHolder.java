package io.frontline.platform.subject;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;

import java.util.Set;
import java.util.UUID;

/**
 * What a service holds about a customer, by subject key: the port behind the platform's
 * {@link SubjectDataResource}. Each service that switches the resource on implements it with an adapter that calls
 * its own use case; the use case checks the actor (HQ safety, admin) and leaves its line in the trail of
 * confidential reads.
 * <p>
 * The customer's complaints (their ids as complaint-service knows them) may come with the request: what a service
 * keeps about a complainant by complaint id only — notification-service's mails to {@code complainant:<id>} — carries
 * no subject key (complaint events carry none, by design). A service that keeps nothing by complaint id ignores them:
 * the overloads taking the set call the plain methods.
 */
public interface SubjectDataHolder {
    /** Everything held about the subject, by kind (an empty list of kinds when nothing is held). */
    SubjectData.Export export(Actor actor, SubjectKey subject);

    /** Erases or anonymises what may be erased; says what is kept under a legal hold, and why. */
    SubjectData.Erasure erase(Actor actor, SubjectKey subject);

    /** As {@link #export(Actor, SubjectKey)}, with the ids of the subject's complaints (possibly none). */
    default SubjectData.Export export(Actor actor, SubjectKey subject, Set<UUID> complaints) {
        return export(actor, subject);
    }

    /** As {@link #erase(Actor, SubjectKey)}, with the ids of the subject's complaints (possibly none). */
    default SubjectData.Erasure erase(Actor actor, SubjectKey subject, Set<UUID> complaints) {
        return erase(actor, subject);
    }
}

package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ServiceAnswer;
import io.frontline.complaint.application.domain.model.ServiceStatus;
import io.frontline.complaint.application.domain.model.SubjectRequestRecord;
import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.complaint.application.port.in.ComplainantSubjectDataUseCase;
import io.frontline.complaint.application.port.in.HandleSubjectRequestUseCase;
import io.frontline.complaint.application.port.in.ListSubjectRequestsQuery;
import io.frontline.complaint.application.port.in.SubjectRequestCommand;
import io.frontline.complaint.application.port.out.AskServicesForSubjectDataPort;
import io.frontline.complaint.application.port.out.SubjectRequestLogPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.platform.domain.SubjectData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's request across every service (issue 17, "one place to ask"): the identifiers become subject keys
 * here, this service answers through its own use case, the others are asked over HTTP, and prevention-service is not
 * asked — it keeps no customer identifiers by design (its first migration says so). notification-service also gets
 * the ids of the customer's complaints: its mails to a complainant know them by complaint id only. One document comes
 * back; the request is recorded without the exported data.
 */
@ApplicationScoped
public class SubjectRequestService implements HandleSubjectRequestUseCase, ListSubjectRequestsQuery {
    static final String PREVENTION = "prevention-service";
    static final String PREVENTION_NOTE = "Not asked: prevention-service keeps no customer identifiers by design "
            + "(policies, trainings and partner reports name no customer).";
    private static final String NEWEST_FIRST = "-requestedAt";

    private final ComplainantSubjectDataUseCase own;
    private final AskServicesForSubjectDataPort others;
    private final SubjectRequestLogPort log;
    private final SubjectKeys subjectKeys;
    private final Clock clock;

    @Inject
    public SubjectRequestService(ComplainantSubjectDataUseCase own, AskServicesForSubjectDataPort others,
                                 SubjectRequestLogPort log, SubjectKeys subjectKeys, Clock clock) {
        this.own = own;
        this.others = others;
        this.log = log;
        this.subjectKeys = subjectKeys;
        this.clock = clock;
    }

    @Override
    public SubjectRequestAnswer handle(SubjectRequestCommand command) {
        Actor actor = command.actor();
        mayHandle(actor);
        List<SubjectKey> keys = keysOf(command);
        Instant at = clock.instant();
        // Before this service's own part: its erasure takes the key off the closed complaints.
        Map<SubjectKey, Set<UUID>> complaints = complaintsOf(actor, keys);
        List<ServiceAnswer> services = new ArrayList<>();
        services.add(ownAnswer(actor, command.action(), keys));
        services.addAll(others.ask(command.action(), keys, complaints));
        services.add(ServiceAnswer.notAsked(PREVENTION, PREVENTION_NOTE));
        boolean complete = services.stream().noneMatch(s -> s.status() == ServiceStatus.UNREACHABLE);
        UUID id = UUID.randomUUID();
        log.record(new SubjectRequestRecord(id, command.action(), actor.userId(), at, command.reason(),
                keys.stream().map(SubjectKey::value).toList(), complete, services.stream()
                .map(SubjectRequestRecord.ServiceRecord::of).toList()));
        return new SubjectRequestAnswer(id, command.action(), actor.userId(), at, complete, services);
    }

    @Override
    public ListPage<SubjectRequestRecord> list(Actor actor, String cursor, int limit) {
        mayHandle(actor);
        Cursor after = Cursor.parse(cursor, NEWEST_FIRST);
        return ListPage.of(log.newestFirst(after, limit + 1), limit,
                r -> Cursor.of(NEWEST_FIRST, r.requestedAt().toString(), r.id().toString()));
    }

    /** The ids of each key's complaints; a complaint found by an earlier key (e-mail, then phone) is not repeated. */
    private Map<SubjectKey, Set<UUID>> complaintsOf(Actor actor, List<SubjectKey> keys) {
        Map<SubjectKey, Set<UUID>> complaints = new LinkedHashMap<>();
        Set<UUID> given = new HashSet<>();
        for (SubjectKey key : keys) {
            Set<UUID> ids = new LinkedHashSet<>(own.complaintIdsOf(actor, key));
            ids.removeAll(given);
            given.addAll(ids);
            complaints.put(key, ids);
        }
        return complaints;
    }

    /** This service's own part, merged over the keys; its use case runs in a transaction of its own per key. */
    private ServiceAnswer ownAnswer(Actor actor, SubjectRequestAction action, List<SubjectKey> keys) {
        List<SubjectData.Held> held = new ArrayList<>();
        List<SubjectData.Erased> erased = new ArrayList<>();
        List<SubjectData.Kept> kept = new ArrayList<>();
        for (SubjectKey key : keys) {
            if (action == SubjectRequestAction.EXPORT) {
                held.addAll(own.export(actor, key).held());
            } else {
                SubjectData.Erasure erasure = own.erase(actor, key);
                erased.addAll(erasure.erased());
                kept.addAll(erasure.kept());
            }
        }
        return ServiceAnswer.answered(ComplainantSubjectDataUseCase.SERVICE, action, held, erased, kept);
    }

    private List<SubjectKey> keysOf(SubjectRequestCommand command) {
        Set<SubjectKey> keys = new LinkedHashSet<>();
        keys.add(command.email() == null ? null : key(IdentifierKind.EMAIL, command.email(), "email"));
        keys.add(command.phone() == null ? null : key(IdentifierKind.PHONE, command.phone(), "phone"));
        keys.add(command.loyaltyCard() == null ? null
                : key(IdentifierKind.LOYALTY_CARD, command.loyaltyCard(), "loyaltyCard"));
        keys.remove(null);
        return List.copyOf(keys);
    }

    private SubjectKey key(IdentifierKind kind, String raw, String field) {
        try {
            return subjectKeys.of(kind, raw);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "This is not a valid " + switch (kind) {
                case EMAIL -> "e-mail address";
                case PHONE -> "phone number";
                case LOYALTY_CARD -> "loyalty card number";
            });
        }
    }

    private static void mayHandle(Actor actor) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only HQ safety and administrators handle a customer's data request");
        }
    }
}

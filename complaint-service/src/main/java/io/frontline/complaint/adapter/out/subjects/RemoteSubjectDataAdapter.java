package io.frontline.complaint.adapter.out.subjects;

import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.complaint.application.domain.model.ServiceAnswer;
import io.frontline.complaint.application.port.out.AskServicesForSubjectDataPort;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.SubjectData;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Asks incident-, sanction- and notification-service over HTTP ({@code quarkus.rest-client.<service>.url}), one after
 * the other, each with a connect and read timeout: a service that cannot be reached, does not answer in time or
 * answers with an error is {@code unreachable}, with a note in words — the request is then incomplete, never a silent
 * partial answer. The caller's own bearer token goes along. Only the service name and the failure's kind are logged.
 * notification-service also gets the ids of each key's complaints ({@code ?complaint=}), at most
 * {@value #COMPLAINTS_PER_CALL} a call: more are asked in further calls, whose repeated records (those found by the
 * key) are left out of the export.
 */
@ApplicationScoped
class RemoteSubjectDataAdapter implements AskServicesForSubjectDataPort {
    private static final Logger LOG = Logger.getLogger(RemoteSubjectDataAdapter.class);
    static final List<String> SERVICES = List.of("incident-service", "sanction-service", "notification-service");
    /** The one service that keeps data about a complainant by complaint id only. */
    static final String BY_COMPLAINT = "notification-service";
    /** The platform endpoint's bound on {@code ?complaint=}. */
    static final int COMPLAINTS_PER_CALL = 200;

    private final List<Remote> remotes;

    @Inject
    JsonWebToken token;

    @Inject
    RemoteSubjectDataAdapter(
            @ConfigProperty(name = "quarkus.rest-client.incident-service.url") URI incident,
            @ConfigProperty(name = "quarkus.rest-client.sanction-service.url") URI sanction,
            @ConfigProperty(name = "quarkus.rest-client.notification-service.url") URI notification,
            @ConfigProperty(name = "frontline.subject-requests.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "frontline.subject-requests.read-timeout") Duration readTimeout) {
        List<URI> uris = List.of(incident, sanction, notification);
        List<Remote> built = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            built.add(new Remote(SERVICES.get(i), QuarkusRestClientBuilder.newBuilder().baseUri(uris.get(i))
                    .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(SubjectDataClient.class)));
        }
        this.remotes = List.copyOf(built);
    }

    private record Remote(String service, SubjectDataClient client) {
    }

    @Override
    public List<ServiceAnswer> ask(SubjectRequestAction action, List<SubjectKey> subjects,
                                   Map<SubjectKey, Set<UUID>> complaints) {
        String authorization = "Bearer " + token.getRawToken();
        List<ServiceAnswer> answers = new ArrayList<>();
        for (Remote remote : remotes) {
            answers.add(ask(remote, action, subjects,
                    remote.service().equals(BY_COMPLAINT) ? complaints : Map.of(), authorization));
        }
        return answers;
    }

    private static ServiceAnswer ask(Remote remote, SubjectRequestAction action, List<SubjectKey> subjects,
                                     Map<SubjectKey, Set<UUID>> complaints, String authorization) {
        List<SubjectData.Held> held = new ArrayList<>();
        List<SubjectData.Erased> erased = new ArrayList<>();
        List<SubjectData.Kept> kept = new ArrayList<>();
        try {
            for (SubjectKey subject : subjects) {
                List<List<String>> parts = parts(complaints.getOrDefault(subject, Set.of()));
                for (int i = 0; i < parts.size(); i++) {
                    List<String> part = parts.get(i).isEmpty() ? null : parts.get(i);
                    if (action == SubjectRequestAction.EXPORT) {
                        List<SubjectData.Held> more = remote.client().export(subject.value(), part,
                                authorization).held();
                        held.addAll(i == 0 ? more : withoutRepeated(more, held));
                    } else {
                        SubjectData.Erasure erasure = remote.client().erase(subject.value(), part,
                                authorization);
                        erased.addAll(erasure.erased());
                        kept.addAll(i == 0 ? erasure.kept()
                                : erasure.kept().stream().filter(k -> !kept.contains(k)).toList());
                    }
                }
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.warnf("Subject request: %s answered HTTP %d", remote.service(), status);
            return ServiceAnswer.unreachable(remote.service(), "The service answered with an error (HTTP " + status
                    + ")" + (kept.isEmpty() && erased.isEmpty() ? "" : " after part of the erasure")
                    + "; ask again later.");
        } catch (RuntimeException e) {
            LOG.warnf("Subject request: %s did not answer (%s)", remote.service(), e.getClass().getSimpleName());
            return ServiceAnswer.unreachable(remote.service(), "The service did not answer in time; ask again later.");
        }
        return ServiceAnswer.answered(remote.service(), action, held, erased, kept);
    }

    /** The ids in calls of at most {@value #COMPLAINTS_PER_CALL}; none is one call without any. */
    static List<List<String>> parts(Set<UUID> complaints) {
        List<String> ids = complaints.stream().map(UUID::toString).toList();
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += COMPLAINTS_PER_CALL) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + COMPLAINTS_PER_CALL)));
        }
        return parts.isEmpty() ? List.of(List.of()) : parts;
    }

    /** A further call's records, without those an earlier call of the same key already brought (found by the key). */
    private static List<SubjectData.Held> withoutRepeated(List<SubjectData.Held> more, List<SubjectData.Held> held) {
        Set<Object> seen = new LinkedHashSet<>();
        held.forEach(h -> seen.addAll(h.items()));
        return more.stream().map(h -> SubjectData.Held.of(h.kind(), h.items().stream()
                .filter(item -> !seen.contains(item)).toList())).toList();
    }
}

package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.prevention.application.domain.model.AcknowledgementShare;
import io.frontline.prevention.application.domain.model.Employee;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.Workforce;
import io.frontline.prevention.application.port.in.AcknowledgePolicyUseCase;
import io.frontline.prevention.application.port.in.PolicyQuery;
import io.frontline.prevention.application.port.in.PublishPolicyCommand;
import io.frontline.prevention.application.port.in.PublishPolicyUseCase;
import io.frontline.prevention.application.port.out.PolicyStore;
import io.frontline.prevention.application.port.out.PublishPreventionEventsPort;
import io.frontline.prevention.application.port.out.WorkforcePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Versioned chain policies (seed 000: a basic policy communicated to employees) and their acknowledgement. The
 * version in force is the newest whose effective date has come in the chain's calendar; only an acknowledgement of
 * that version counts, so publishing a new version asks everyone again.
 */
@ApplicationScoped
public class PolicyService implements PublishPolicyUseCase, AcknowledgePolicyUseCase, PolicyQuery {
    @Inject
    PolicyStore store;

    @Inject
    WorkforcePort workforce;

    @Inject
    PublishPreventionEventsPort events;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public PolicyVersion publish(PublishPolicyCommand command) {
        if (!command.actor().hasAnyRole(Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN)) {
            throw new AccessDenied("Only HQ safety, HR or an administrator publishes chain policies");
        }
        List<PolicyVersion> earlier = store.versions(command.kind());
        if (!earlier.isEmpty() && command.effectiveFrom().isBefore(earlier.get(0).effectiveFrom())) {
            throw new RuleViolation("effectiveFrom", "A new version cannot take effect before the version it replaces ("
                    + earlier.get(0).effectiveFrom() + ")");
        }
        int number = earlier.isEmpty() ? 1 : earlier.get(0).version() + 1;
        PolicyVersion version = new PolicyVersion(UUID.randomUUID(), command.kind(), number, command.effectiveFrom(),
                command.texts(), command.actor().userId(), clock.instant());
        store.save(version);
        events.policyPublished(version);
        return version;
    }

    @Override
    @Transactional
    public Instant acknowledge(Actor actor, PolicyKind kind, int version) {
        PolicyVersion current = inForce(kind).orElseThrow(() -> new NotFound("policy in force", WireNames.of(kind)));
        if (current.version() != version) {
            throw new RuleViolation("version", "Version " + version + " is not the version in force ("
                    + current.version() + "); read and acknowledge that one");
        }
        Instant now = clock.instant();
        store.acknowledge(current.id(), actor.userId(), now);
        return store.acknowledgedAt(current.id(), actor.userId()).orElse(now);
    }

    @Override
    public Optional<PolicyVersion> inForce(PolicyKind kind) {
        LocalDate today = LocalDate.now(clock.withZone(organisation.timeZone()));
        return store.versions(kind).stream().filter(v -> v.inForceOn(today)).findFirst();
    }

    @Override
    public List<PolicyVersion> versions(PolicyKind kind) {
        return store.versions(kind);
    }

    @Override
    public Optional<Instant> acknowledgedAt(PolicyVersion version, String userId) {
        return store.acknowledgedAt(version.id(), userId);
    }

    @Override
    public List<AcknowledgementShare> shares(Actor actor, PolicyKind kind, String siteId) {
        PolicyVersion current = inForce(kind).orElseThrow(() -> new NotFound("policy in force", WireNames.of(kind)));
        Set<String> acknowledged = store.acknowledgedBy(current.id());
        Workforce people = workforce.workforce();
        List<AcknowledgementShare> shares = new ArrayList<>();
        for (String site : Scope.sites(actor, organisation, siteId)) {
            shares.add(share(site, people.of(site), acknowledged));
        }
        if (siteId == null && Scope.chainWide(actor)) {
            shares.add(share(null, people.of(null), acknowledged));
        }
        return shares;
    }

    static AcknowledgementShare share(String siteId, List<Employee> employees, Set<String> acknowledged) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (Employee e : employees) {
            (acknowledged.contains(e.userId()) ? yes : no).add(e.userId());
        }
        return new AcknowledgementShare(siteId, employees.size(), yes, no);
    }
}

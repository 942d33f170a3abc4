package io.frontline.notification.application.domain.service.escalation;

import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.escalation.AcknowledgementChannel;
import io.frontline.notification.application.domain.model.escalation.AcknowledgementLinks;
import io.frontline.notification.application.domain.model.escalation.AcknowledgementToken;
import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicy;
import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.notification.application.domain.model.escalation.EscalationStep;
import io.frontline.notification.application.domain.model.escalation.EscalationSubject;
import io.frontline.notification.application.domain.model.escalation.LevelAudience;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationCommand;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase;
import io.frontline.notification.application.port.in.escalation.AcknowledgementLinkRefused;
import io.frontline.notification.application.port.in.escalation.ReadEscalationsQuery;
import io.frontline.notification.application.port.in.escalation.TellDueEscalationLevelsUseCase;
import io.frontline.notification.application.domain.service.EscalationNotifier;
import io.frontline.notification.application.domain.service.Escalations;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.escalation.EscalationMetricsPort;
import io.frontline.notification.application.port.out.escalation.EscalationPoliciesPort;
import io.frontline.notification.application.port.out.escalation.EscalationStorePort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Site;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.notification.application.port.in.escalation.ListEscalationsCommand;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs the escalation policies (issue 7): starts one escalation per covered event and tells its first level,
 * tells the next level when a wait is over, and stops at the first acknowledgement (API or one-click link).
 */
@ApplicationScoped
public class EscalationService implements Escalations, TellDueEscalationLevelsUseCase, AcknowledgeEscalationUseCase,
        ReadEscalationsQuery {
    private static final System.Logger LOG = System.getLogger(EscalationService.class.getName());
    private static final int BATCH = 100;
    /**
     * The link opens the confirmation page of the web (issue 13): opening it changes nothing, so a mail scanner
     * that follows every link acknowledges nothing; the person confirms with a POST from that page.
     */
    static final String LINK_PATH = "/acknowledge?token=";

    @Inject
    EscalationPoliciesPort policies;

    @Inject
    EscalationStorePort store;

    @Inject
    EscalationNotifier notifier;

    @Inject
    EscalationMetricsPort metrics;

    @Inject
    LoadDirectoryPort directory;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Inject
    AcknowledgementLinks links;

    private AcknowledgementLinkSigner signer;

    @PostConstruct
    void init() {
        signer = new AcknowledgementLinkSigner(links.secret());
    }

    /**
     * Starts the event's escalation when a policy covers it. A redelivered event finds its escalation and
     * starts nothing (still true: its people are being told by the escalation). False when no policy covers
     * the event, or when no level of the policy has anybody for the event's site.
     */
    @Override
    @Transactional
    public boolean escalate(RoutedEvent event) {
        Optional<EscalationPolicy> covering = policies.policies().policyFor(event);
        if (covering.isEmpty()) {
            return false;
        }
        EscalationPolicy policy = covering.get();
        // One escalation at a time about one thing: a high incident arrives as "reported" and at once as
        // "escalated"; the second event must not start a second climb (with its own mails and links) beside the
        // first, or acknowledging one leaves the other climbing to regional management and HQ safety.
        Optional<String> subject = EscalationSubject.of(event);
        if (subject.isPresent() && !store.lockOpenAbout(subject.get()).isEmpty()) {
            LOG.log(Level.DEBUG, "Event %s is about %s, which has an open escalation".formatted(event.eventId(),
                    subject.get()));
            return true;
        }
        Instant now = clock.instant();
        Escalation escalation = Escalation.start(UUID.randomUUID(), event, policy, now);
        if (!store.insertIfNew(escalation)) {
            LOG.log(Level.DEBUG, "Event %s already has an escalation".formatted(event.eventId()));
            return true;
        }
        metrics.started(policy.name());
        advance(escalation, policy, now);
        store.update(escalation);
        LOG.log(Level.INFO,
                "Escalation %s started for event %s (%s) under policy %s".formatted(escalation.id(), event.eventId(),
                event.eventType(), policy.name()));
        return escalation.status() == EscalationStatus.OPEN;
    }

    @Override
    @Transactional
    public int acknowledgeByAction(RoutedEvent event) {
        Optional<EscalationSubject.Action> action = EscalationSubject.actionIn(event);
        if (action.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Escalation> open = store.lockOpenAbout(action.get().subject());
        for (Escalation escalation : open) {
            escalation.acknowledge(action.get().actedBy(), AcknowledgementChannel.ACTION, now);
            store.update(escalation);
            metrics.acknowledged(escalation.policyName(), AcknowledgementChannel.ACTION);
            LOG.log(Level.INFO,
                    "Escalation %s acknowledged by %s acting on it (%s)".formatted(escalation.id(),
                            action.get().actedBy(), event.eventType()));
        }
        return open.size();
    }

    @Override
    @Transactional
    public int tellDueLevels() {
        Instant now = clock.instant();
        List<Escalation> due = store.lockDue(now, BATCH);
        for (Escalation escalation : due) {
            Optional<EscalationPolicy> policy = policies.policies().named(escalation.policyName());
            if (policy.isEmpty()) {
                LOG.log(Level.WARNING,
                        "Escalation %s: policy %s is no longer configured; nobody more is told"
                                .formatted(escalation.id(), escalation.policyName()));
                escalation.abandon();
                metrics.exhausted(escalation.policyName());
            } else {
                advance(escalation, policy.get(), now);
            }
            store.update(escalation);
        }
        return due.size();
    }

    @Override
    @Transactional
    public Escalation acknowledge(AcknowledgeEscalationCommand command) {
        Actor actor = command.actor();
        Escalation escalation = store.lock(command.escalationId()).filter(e -> visibleTo(actor, e))
                .orElseThrow(() -> new NotFound("escalation", command.escalationId().toString()));
        escalation.acknowledge(actor.userId(), AcknowledgementChannel.API, clock.instant());
        store.update(escalation);
        metrics.acknowledged(escalation.policyName(), AcknowledgementChannel.API);
        LOG.log(Level.INFO, "Escalation %s acknowledged by %s over the API".formatted(escalation.id(), actor.userId()));
        return escalation;
    }

    @Override
    @Transactional
    public LinkPreview previewLink(String signed) {
        AcknowledgementToken token = verified(signed);
        Escalation escalation = store.find(token.escalationId()).orElseThrow(() -> new AcknowledgementLinkRefused(
                AcknowledgementLinkRefused.Reason.INVALID, "This acknowledgement link is not valid"));
        if (store.linkUsed(AcknowledgementLinkSigner.tokenId(signed))) {
            throw new AcknowledgementLinkRefused(AcknowledgementLinkRefused.Reason.USED,
                    "This acknowledgement link was used already");
        }
        return new LinkPreview(escalation, token.recipientId(), token.expiresAt());
    }

    private AcknowledgementToken verified(String signed) {
        AcknowledgementToken token = signer.verify(signed).orElseThrow(() -> new AcknowledgementLinkRefused(
                AcknowledgementLinkRefused.Reason.INVALID, "This acknowledgement link is not valid"));
        if (token.expired(clock.instant())) {
            throw new AcknowledgementLinkRefused(AcknowledgementLinkRefused.Reason.EXPIRED,
                    "This acknowledgement link expired at " + token.expiresAt());
        }
        return token;
    }

    @Override
    @Transactional
    public LinkAcknowledgement acknowledgeByLink(String signed) {
        AcknowledgementToken token = signer.verify(signed).orElseThrow(() -> new AcknowledgementLinkRefused(
                AcknowledgementLinkRefused.Reason.INVALID, "This acknowledgement link is not valid"));
        Instant now = clock.instant();
        if (token.expired(now)) {
            throw new AcknowledgementLinkRefused(AcknowledgementLinkRefused.Reason.EXPIRED,
                    "This acknowledgement link expired at " + token.expiresAt());
        }
        Escalation escalation = store.lock(token.escalationId()).orElseThrow(() -> new AcknowledgementLinkRefused(
                AcknowledgementLinkRefused.Reason.INVALID, "This acknowledgement link is not valid"));
        if (!store.recordLinkUse(AcknowledgementLinkSigner.tokenId(signed), escalation.id(), token.recipientId(), now)) {
            throw new AcknowledgementLinkRefused(AcknowledgementLinkRefused.Reason.USED,
                    "This acknowledgement link was used already");
        }
        if (escalation.status() == EscalationStatus.ACKNOWLEDGED) {
            return new LinkAcknowledgement(escalation, false);
        }
        escalation.acknowledge(token.recipientId(), AcknowledgementChannel.LINK, now);
        store.update(escalation);
        metrics.acknowledged(escalation.policyName(), AcknowledgementChannel.LINK);
        LOG.log(Level.INFO,
                "Escalation %s acknowledged by %s with the one-click link".formatted(escalation.id(),
                        token.recipientId()));
        return new LinkAcknowledgement(escalation, true);
    }

    @Override
    @Transactional
    public ListPage<Escalation> escalations(ListEscalationsCommand command) {
        Actor actor = command.actor();
        Cursor after = Cursor.parse(command.cursor(), command.sort());
        Instant afterKey = null;
        UUID afterId = null;
        if (after != null) {
            try {
                afterKey = Instant.parse(after.key(0));
                afterId = UUID.fromString(after.key(1));
            } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
            }
        }
        // The same rule as visibleTo, as the query's scope.
        boolean everything = actor.hasRole(Roles.HQ_SAFETY);
        Set<String> sites = everything || !actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER) ? Set.of()
                : organisation.sites().stream().map(Site::id).filter(id -> actor.canAccessSite(id, organisation))
                .collect(Collectors.toSet());
        List<Escalation> rows = store.page(new EscalationStorePort.Page(command.status(), command.level(),
                command.policy(), command.reference(), everything, sites, actor.userId(),
                command.sort().equals("started"), afterKey, afterId, command.limit() + 1));
        return ListPage.of(rows, command.limit(),
                e -> Cursor.of(command.sort(), e.startedAt().toString(), e.id().toString()));
    }

    @Override
    @Transactional
    public Escalation escalation(Actor actor, UUID id) {
        return store.find(id).filter(e -> visibleTo(actor, e))
                .orElseThrow(() -> new NotFound("escalation", id.toString()));
    }

    /** Tells the next level with somebody on it, each person with their own signed link. */
    private void advance(Escalation escalation, EscalationPolicy policy, Instant now) {
        LevelAudience audience = new LevelAudience(directory.loadDirectory(), organisation);
        List<EscalationStep> steps = escalation.advance(policy, level -> audience.of(level, escalation.siteId()), now);
        for (EscalationStep step : steps) {
            if (step.skipped()) {
                LOG.log(Level.INFO,
                        "Escalation %s: round %d level %d has nobody for site %s; skipped".formatted(escalation.id(),
                        step.round(), step.level(), escalation.siteId()));
            } else {
                Instant expiry = now.plus(links.validity());
                List<EscalationLevelNotice.LevelRecipient> recipients = step.recipients().stream()
                        .map(id -> new EscalationLevelNotice.LevelRecipient(id, link(escalation.id(), id, expiry)))
                        .toList();
                notifier.notifyLevel(new EscalationLevelNotice(escalation.id(), step.round(), step.level(),
                        escalation.event(), recipients));
            }
        }
        if (escalation.status() == EscalationStatus.EXHAUSTED) {
            metrics.exhausted(policy.name());
            LOG.log(Level.INFO, "Escalation %s exhausted: nobody acknowledged".formatted(escalation.id()));
        }
    }

    private String link(UUID escalationId, String recipientId, Instant expiry) {
        String publicUrl = links.publicUrl();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + LINK_PATH + signer.sign(new AcknowledgementToken(escalationId, recipientId, expiry));
    }

    /**
     * HQ safety sees every escalation; managers those of their sites and regions; anyone those they were told
     * (HR, need-to-know: only those).
     */
    private boolean visibleTo(Actor actor, Escalation escalation) {
        if (actor.hasRole(Roles.HQ_SAFETY) || escalation.wasTold(actor.userId())) {
            return true;
        }
        String siteId = escalation.siteId();
        return siteId != null && actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER)
                && actor.canAccessSite(siteId, organisation);
    }
}

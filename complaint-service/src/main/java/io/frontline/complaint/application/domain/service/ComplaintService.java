package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintEvent;
import io.frontline.complaint.application.domain.model.ComplaintPolicy;
import io.frontline.complaint.application.domain.model.ComplaintReceived;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ConductIndicator;
import io.frontline.platform.domain.TrackingSecret;
import io.frontline.complaint.application.port.in.AddMessageCommand;
import io.frontline.complaint.application.port.in.AssessConductCommand;
import io.frontline.complaint.application.port.in.AssignComplaintCommand;
import io.frontline.complaint.application.port.in.ComplaintActionCommand;
import io.frontline.complaint.application.port.in.EscalateComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintUseCase;
import io.frontline.complaint.application.port.in.FiledComplaint;
import io.frontline.complaint.application.port.in.GetComplaintQuery;
import io.frontline.complaint.application.port.in.HandleComplaintUseCase;
import io.frontline.complaint.application.port.in.ReceiveComplaintMailCommand;
import io.frontline.complaint.application.port.in.ReceiveComplaintMailUseCase;
import io.frontline.complaint.application.port.in.RequestEscalationCommand;
import io.frontline.complaint.application.port.in.TrackComplaintUseCase;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.ComplaintMetricsPort;
import io.frontline.complaint.application.port.out.ComplaintPolicyPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.NextReferenceNumberPort;
import io.frontline.complaint.application.port.out.PublishComplaintEventsPort;
import io.frontline.complaint.application.port.out.ReplyTokenPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import io.frontline.complaint.application.port.out.ScreenConductPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Intake, handling and the complainant's own view of complaints (seeds 002 and 000). */
@ApplicationScoped
public class ComplaintService implements FileComplaintUseCase, GetComplaintQuery, HandleComplaintUseCase,
        TrackComplaintUseCase, ReceiveComplaintMailUseCase {
    private static final Pattern REFERENCE_IN_SUBJECT = Pattern.compile("CMP-\\d{4}-\\d{6}");

    private final SaveComplaintPort save;
    private final LoadComplaintPort load;
    private final NextReferenceNumberPort references;
    private final PublishComplaintEventsPort events;
    private final ComplainantContactPort contacts;
    private final ComplaintPolicyPort policies;
    private final ScreenConductPort screening;
    private final SubjectKeys subjectKeys;
    private final Organisation organisation;
    private final ComplaintMetricsPort metrics;
    private final ReplyTokenPort replyTokens;
    private final Clock clock;

    @Inject
    public ComplaintService(SaveComplaintPort save, LoadComplaintPort load, NextReferenceNumberPort references,
                            PublishComplaintEventsPort events, ComplainantContactPort contacts,
                            ComplaintPolicyPort policies, ScreenConductPort screening, SubjectKeys subjectKeys,
                            Organisation organisation, ComplaintMetricsPort metrics, ReplyTokenPort replyTokens,
                            Clock clock) {
        this.save = save;
        this.load = load;
        this.references = references;
        this.events = events;
        this.contacts = contacts;
        this.policies = policies;
        this.screening = screening;
        this.subjectKeys = subjectKeys;
        this.organisation = organisation;
        this.metrics = metrics;
        this.replyTokens = replyTokens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FiledComplaint file(FileComplaintCommand command) {
        Site site = organisation.requestedSite(command.siteId());
        Actor actor = command.actor();
        // Staff and systems file for their own sites; HQ roles anywhere; the public form and the mailbox for any site.
        if (command.intake() == FileComplaintCommand.Intake.STAFF) {
            actor.requireAccessTo(site, "file complaints");
        }
        Instant now = clock.instant();
        Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw new RuleViolation("receivedAt", "A complaint cannot be received in the future");
        }
        ComplainantContact contact = command.contact();
        String emailKey = key(IdentifierKind.EMAIL, contact.email(), "contact.email");
        String phoneKey = key(IdentifierKind.PHONE, contact.phone(), "contact.phone");
        ComplaintPolicy policy = policies.policyFor(site.id());
        ComplaintReference reference = ComplaintReference.of(receivedAt.atZone(site.timeZone()).getYear(),
                references.nextReferenceNumber());
        String secret = TrackingSecret.generate();
        ComplaintReceived received = Complaint.file(UUID.randomUUID(), reference, site.id(), command.channel(),
                command.category(), command.subject().strip(), command.description().strip(), command.language(),
                receivedAt, policy.deadline().termFrom(receivedAt, site.timeZone(), site.calendar()), actor.userId(),
                TrackingSecret.hash(secret), emailKey != null ? emailKey : phoneKey, now);
        Complaint complaint = received.complaint();
        List<ComplaintEvent> caused = new ArrayList<>(List.of(received));
        if (policy.acknowledgeOnReceipt()) {
            caused.add(complaint.acknowledge("system", now));
        }
        save.saveNew(complaint);
        if (!contact.isEmpty()) {
            contacts.store(complaint.id(), contact, emailKey, phoneKey);
        }
        events.publishAll(caused);
        metrics.received(complaint.channel());
        return new FiledComplaint(complaint, secret);
    }

    private String key(IdentifierKind kind, String raw, String field) {
        if (raw == null) {
            return null;
        }
        try {
            return subjectKeys.of(kind, raw).value();
        } catch (IllegalArgumentException e) {
            // The message of an invalid identifier never repeats the value.
            throw new RuleViolation(field, e.getMessage());
        }
    }

    @Override
    @Transactional
    public Complaint get(Actor actor, UUID complaintId) {
        return inScope(actor, complaintId);
    }

    @Override
    @Transactional
    public Complaint getByReference(Actor actor, String reference) {
        Optional<Complaint> found = Optional.empty();
        try {
            found = load.loadByReference(new ComplaintReference(reference));
        } catch (IllegalArgumentException malformed) {
            // not a reference: not found
        }
        return inScope(actor, found.orElseThrow(() -> new NotFound("complaint", reference)).id());
    }

    @Override
    @Transactional
    public Complaint acknowledge(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> List.of(c.acknowledge(command.actor().userId(), clock.instant())));
    }

    @Override
    @Transactional
    public Complaint startHandling(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(), c -> {
            c.startHandling(command.actor().userId(), clock.instant());
            return List.of();
        });
    }

    @Override
    @Transactional
    public Complaint assign(AssignComplaintCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> List.of(c.assign(command.actor().userId(), command.assignee(), clock.instant())));
    }

    @Override
    @Transactional
    public Complaint waitForComplainant(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> List.of(c.waitForComplainant(command.actor().userId(), command.text(), clock.instant())));
    }

    @Override
    @Transactional
    public Complaint resumeHandling(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(), c -> {
            c.resumeHandling(command.actor().userId(), clock.instant());
            return List.of();
        });
    }

    @Override
    @Transactional
    public Complaint resolve(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> List.of(c.resolve(command.actor().userId(), command.text(), clock.instant())));
    }

    @Override
    @Transactional
    public Complaint reject(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> c.reject(command.actor().userId(), command.text(), clock.instant()).stream().toList());
    }

    @Override
    @Transactional
    public Complaint approveRejection(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> List.of(c.approveRejection(command.actor().userId(), clock.instant())));
    }

    @Override
    @Transactional
    public Complaint declineRejection(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(), c -> {
            c.declineRejection(command.actor().userId(), command.text(), clock.instant());
            return List.of();
        });
    }

    @Override
    @Transactional
    public Complaint approveReassessment(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(),
                c -> c.approveReassessment(command.actor().userId(), clock.instant()));
    }

    @Override
    @Transactional
    public Complaint declineReassessment(ComplaintActionCommand command) {
        return change(command.actor(), command.complaintId(), c -> {
            c.declineReassessment(command.actor().userId(), command.text(), clock.instant());
            return List.of();
        });
    }

    @Override
    @Transactional
    public Complaint escalate(EscalateComplaintCommand command) {
        return change(command.actor(), command.complaintId(), c -> List.of(
                c.escalate(command.actor().userId(), command.level(), command.reason(), clock.instant())));
    }

    @Override
    @Transactional
    public Complaint addMessage(AddMessageCommand command) {
        return change(command.actor(), command.complaintId(), c -> {
            c.addMessage(command.actor().userId(), command.visibility(), command.text(), clock.instant());
            return List.of();
        });
    }

    @Override
    @Transactional
    public Complaint assessConduct(AssessConductCommand command) {
        return change(command.actor(), command.complaintId(), c -> c.assessConduct(command.actor().userId(),
                command.demand(), command.manner(), command.indicators(), command.reason(), clock.instant()));
    }

    @Override
    @Transactional
    public Set<ConductIndicator> screeningSuggestions(ComplaintActionCommand command) {
        Complaint complaint = inScope(command.actor(), command.complaintId());
        return screening.screen(complaint.subject() + "\n" + complaint.description());
    }

    @Override
    @Transactional
    public Complaint track(String reference, String secret) {
        return byReferenceAndSecret(reference, secret);
    }

    @Override
    @Transactional
    public Complaint reply(String reference, String secret, String text) {
        Complaint complaint = byReferenceAndSecret(reference, secret);
        complaint.complainantWrote(text, clock.instant());
        save.save(complaint);
        return complaint;
    }

    @Override
    @Transactional
    public Complaint reopen(String reference, String secret, String reason) {
        Complaint complaint = byReferenceAndSecret(reference, secret);
        Site site = organisation.site(complaint.siteId());
        Instant now = clock.instant();
        ComplaintEvent reopened = complaint.reopen(reason,
                policies.policyFor(site.id()).deadline().termFrom(now, site.timeZone(), site.calendar()), now);
        save.save(complaint);
        events.publish(reopened);
        return complaint;
    }

    @Override
    @Transactional
    public Complaint requestEscalation(RequestEscalationCommand command) {
        Complaint complaint = byReferenceAndSecret(command.reference(), command.secret());
        ComplaintEvent requested = complaint.requestEscalation(command.level(), command.reason(), clock.instant());
        save.save(complaint);
        events.publish(requested);
        return complaint;
    }

    @Override
    @Transactional
    public MailOutcome receive(ReceiveComplaintMailCommand command) {
        Optional<Complaint> byToken = command.replyTokens().stream()
                .map(this::complaintOfReplyToken).flatMap(Optional::stream).findFirst();
        if (byToken.isPresent()) {
            return attach(byToken.get(), command, "reply-token");
        }
        // A quoted reference alone is not enough: the sender must be the complainant (seed 002: confidentiality).
        Matcher quoted = REFERENCE_IN_SUBJECT.matcher(command.subject());
        String senderKey = senderKey(command.senderAddress());
        while (senderKey != null && quoted.find()) {
            Optional<Complaint> existing = load.loadByReference(new ComplaintReference(quoted.group()));
            if (existing.isPresent() && sameSubject(senderKey, contacts.emailKeyOf(existing.get().id()))) {
                return attach(existing.get(), command, "sender");
            }
        }
        FiledComplaint filed = file(new FileComplaintCommand(Actor.system("mail-intake"),
                FileComplaintCommand.Intake.MAIL, command.siteId(), Channel.EMAIL, Category.OTHER, command.subject(),
                command.body(), null, null,
                new ComplainantContact(command.senderName(), command.senderAddress(), null)));
        return new MailOutcome(true, filed.complaint().id().toString(), filed.complaint().reference().value(), null);
    }

    private MailOutcome attach(Complaint complaint, ReceiveComplaintMailCommand command, String matchedBy) {
        complaint.complainantWrote(command.body(), clock.instant());
        save.save(complaint);
        return new MailOutcome(false, complaint.id().toString(), complaint.reference().value(), matchedBy);
    }

    private Optional<Complaint> complaintOfReplyToken(String token) {
        return replyTokens.claimedReference(token).flatMap(load::loadByReference)
                .filter(c -> replyTokens.isValid(token, c.id(), c.reference()));
    }

    /** The sender's subject key; null for an address that is none (such a sender matches nobody). */
    private String senderKey(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            return subjectKeys.of(IdentifierKind.EMAIL, address).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameSubject(String senderKey, Optional<String> complainantKey) {
        return complainantKey.isPresent() && MessageDigest.isEqual(senderKey.getBytes(StandardCharsets.UTF_8),
                complainantKey.get().getBytes(StandardCharsets.UTF_8));
    }

    /** Unknown reference and wrong secret end the same way, after the same work: a hash and a comparison. */
    private Complaint byReferenceAndSecret(String reference, String secret) {
        Optional<Complaint> found = Optional.empty();
        try {
            found = load.loadByReference(new ComplaintReference(reference));
        } catch (IllegalArgumentException malformed) {
            // answered below exactly like an unknown reference
        }
        String storedHash = found.map(Complaint::trackingSecretHash).orElse(null);
        if (!TrackingSecret.matches(storedHash, secret) || found.isEmpty()) {
            throw new NotFound("complaint", reference);
        }
        return found.get();
    }

    private Complaint change(Actor actor, UUID complaintId, Function<Complaint, List<? extends ComplaintEvent>> step) {
        Complaint complaint = inScope(actor, complaintId);
        List<? extends ComplaintEvent> caused = step.apply(complaint);
        save.save(complaint);
        events.publishAll(caused);
        return complaint;
    }

    private Complaint inScope(Actor actor, UUID complaintId) {
        Complaint complaint = load.load(complaintId).orElseThrow(() -> new NotFound("complaint", complaintId.toString()));
        boolean mayRead = actor.hasAnyRole(Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER,
                Roles.HQ_SAFETY, Roles.ADMIN);
        if (!mayRead || !actor.canAccessSite(complaint.siteId(), organisation)) {
            // Out of scope answers exactly like unknown: no hint that the complaint exists.
            throw new NotFound("complaint", complaintId.toString());
        }
        return complaint;
    }
}

package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A confidential counsellor's notes of a first report of unwanted behaviour (seed 004, "Vertrouwenspersoon
 * ongewenst gedrag" and its tasks): the reporter may stay anonymous; only the counsellor who wrote the note
 * reads it — not HR, not the committee, not an administrator; the counsellor acts only with the reporter's
 * consent. A reporter with an account gives and withdraws that consent themselves; the counsellor records it
 * only for a reporter without one (anonymous, or not an employee with an account), stating how it was given.
 */
public final class CounsellorNote {
    private final UUID id;
    private final String counsellor;
    private final String reporter;
    private final boolean reporterHasAccount;
    private final String text;
    private final Instant writtenAt;
    private final List<Consent> consents;
    private final List<CounsellorAction> actions;

    public CounsellorNote(UUID id, String counsellor, String reporter, boolean reporterHasAccount, String text,
                          Instant writtenAt, List<Consent> consents, List<CounsellorAction> actions) {
        this.id = Objects.requireNonNull(id);
        this.counsellor = Objects.requireNonNull(counsellor);
        this.reporter = reporter;
        this.reporterHasAccount = reporter != null && reporterHasAccount;
        this.text = text;
        this.writtenAt = writtenAt;
        this.consents = new ArrayList<>(consents);
        this.actions = new ArrayList<>(actions);
    }

    /**
     * seed 004, Taken vertrouwenspersonen 1: the counsellor hears the reporter, who may stay anonymous. A named
     * reporter is taken to be the user id of their account unless the counsellor says they have none.
     */
    public static CounsellorNote write(UUID id, String counsellor, String reporter, boolean reporterHasAccount,
                                       String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "A note has text");
        }
        String named = reporter == null || reporter.isBlank() ? null : reporter.strip();
        return new CounsellorNote(id, counsellor, named, reporterHasAccount, text.strip(), at, List.of(), List.of());
    }

    /** Only the counsellor who wrote the note reads it. */
    public boolean readableBy(String userId, boolean isCounsellor) {
        return isCounsellor && counsellor.equals(userId);
    }

    /** The reporter, signed in with their own account, consents to a purpose (seed 004: consent is theirs). */
    public void giveConsent(String userId, CounsellorPurpose purpose, Instant at) {
        requireReporter(userId);
        requirePurpose(purpose);
        if (!hasConsentFor(purpose)) {
            consents.add(new Consent(purpose, at, ConsentGiven.OWN_ACCOUNT, userId, null));
        }
    }

    /** The reporter withdraws their consent for a purpose; actions taken before stay on record. */
    public void withdrawConsent(String userId, CounsellorPurpose purpose, Instant at) {
        requireReporter(userId);
        requirePurpose(purpose);
        consents.replaceAll(c -> c.purpose() == purpose && c.inForce() ? c.withdrawn(at) : c);
    }

    /**
     * The counsellor records consent the reporter gave in person, by phone or in writing — only for a reporter
     * without an account; one with an account gives it themselves.
     */
    public void recordConsent(String recordedBy, CounsellorPurpose purpose, ConsentGiven how, Instant at) {
        requirePurpose(purpose);
        if (reporterHasAccount) {
            throw new AccessDenied("reporter-has-account", "The reporter has an account and gives or withdraws "
                    + "consent themselves; the counsellor records it only for a reporter without one");
        }
        if (how == null || how == ConsentGiven.OWN_ACCOUNT) {
            throw new RuleViolation("how", "Say how the reporter gave consent: in-person, phone or in-writing");
        }
        consents.add(new Consent(purpose, at, how, recordedBy, null));
    }

    public boolean hasConsentFor(CounsellorPurpose purpose) {
        return consents.stream().anyMatch(c -> c.purpose() == purpose && c.inForce());
    }

    /** The reporter's own account, or the note does not exist for them. */
    public boolean isReporter(String userId) {
        return reporterHasAccount && reporter.equals(userId);
    }

    private void requireReporter(String userId) {
        if (!isReporter(userId)) {
            throw new AccessDenied("not-the-reporter", "Only the reporter gives or withdraws their consent");
        }
    }

    private static void requirePurpose(CounsellorPurpose purpose) {
        if (purpose == null) {
            throw new RuleViolation("purpose", "Consent is given for a purpose");
        }
    }

    /** seed 004, Taken vertrouwenspersonen 4: no action without the reporter's consent. */
    public CounsellorAction act(CounsellorPurpose purpose, String description, Instant at) {
        if (!hasConsentFor(purpose)) {
            throw new RuleViolation("purpose", "The counsellor acts only with the reporter's consent, and none is "
                    + "recorded for " + WireName.fromConstant(purpose.name()));
        }
        if (purpose == CounsellorPurpose.FORMAL_COMPLAINT && reporter == null) {
            throw new RuleViolation("purpose", "An anonymous reporter cannot file a formal complaint");
        }
        CounsellorAction action = new CounsellorAction(purpose, description == null ? null : description.strip(), at);
        actions.add(action);
        return action;
    }

    public UUID id() {
        return id;
    }

    public String counsellor() {
        return counsellor;
    }

    public Optional<String> reporter() {
        return Optional.ofNullable(reporter);
    }

    public boolean reporterHasAccount() {
        return reporterHasAccount;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public List<Consent> consents() {
        return List.copyOf(consents);
    }

    public List<CounsellorAction> actions() {
        return List.copyOf(actions);
    }
}

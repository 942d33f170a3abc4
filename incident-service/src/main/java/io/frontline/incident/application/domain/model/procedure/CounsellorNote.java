package io.frontline.incident.application.domain.model.procedure;

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
 * recorded consent.
 */
public final class CounsellorNote {
    private final UUID id;
    private final String counsellor;
    private final String reporter;
    private final String text;
    private final Instant writtenAt;
    private final List<Consent> consents;
    private final List<CounsellorAction> actions;

    public CounsellorNote(UUID id, String counsellor, String reporter, String text, Instant writtenAt,
                          List<Consent> consents, List<CounsellorAction> actions) {
        this.id = Objects.requireNonNull(id);
        this.counsellor = Objects.requireNonNull(counsellor);
        this.reporter = reporter;
        this.text = text;
        this.writtenAt = writtenAt;
        this.consents = new ArrayList<>(consents);
        this.actions = new ArrayList<>(actions);
    }

    /** seed 004, Taken vertrouwenspersonen 1: the counsellor hears the reporter, who may stay anonymous. */
    public static CounsellorNote write(UUID id, String counsellor, String reporter, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "A note has text");
        }
        return new CounsellorNote(id, counsellor, reporter == null || reporter.isBlank() ? null : reporter.strip(),
                text.strip(), at, List.of(), List.of());
    }

    /** Only the counsellor who wrote the note reads it. */
    public boolean readableBy(String userId, boolean isCounsellor) {
        return isCounsellor && counsellor.equals(userId);
    }

    public void recordConsent(CounsellorPurpose purpose, Instant at) {
        if (purpose == null) {
            throw new RuleViolation("purpose", "Consent is given for a purpose");
        }
        consents.add(new Consent(purpose, at));
    }

    public boolean hasConsentFor(CounsellorPurpose purpose) {
        return consents.stream().anyMatch(c -> c.purpose() == purpose);
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

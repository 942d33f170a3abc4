package io.frontline.incident.adapter.out.persistence.procedure;

import io.frontline.incident.application.domain.model.procedure.Consent;
import io.frontline.incident.application.domain.model.procedure.ConsentGiven;
import io.frontline.incident.application.domain.model.procedure.CounsellorAction;
import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;

import java.time.Instant;

/**
 * A counsellor note's consents and actions as its row stores them (JSON): shapes of their own, so a change of the
 * domain records cannot silently change stored rows. Enums by their constant names.
 */
final class StoredNoteParts {
    private StoredNoteParts() {
    }

    record StoredConsent(String purpose, Instant givenAt, String how, String recordedBy, Instant withdrawnAt) {
        static StoredConsent of(Consent c) {
            return new StoredConsent(c.purpose().name(), c.givenAt(), c.how() == null ? null : c.how().name(),
                    c.recordedBy(), c.withdrawnAt());
        }

        Consent toDomain() {
            return new Consent(CounsellorPurpose.valueOf(purpose), givenAt, how == null ? null : ConsentGiven.valueOf(how),
                    recordedBy, withdrawnAt);
        }
    }

    record StoredAction(String purpose, String description, Instant takenAt) {
        static StoredAction of(CounsellorAction a) {
            return new StoredAction(a.purpose().name(), a.description(), a.takenAt());
        }

        CounsellorAction toDomain() {
            return new CounsellorAction(CounsellorPurpose.valueOf(purpose), description, takenAt);
        }
    }
}

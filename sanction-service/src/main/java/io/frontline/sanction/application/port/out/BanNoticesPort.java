package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.BanNotice;
import io.frontline.sanction.application.domain.model.MissedObjectionTerm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customers' ban notices (reference, secret hash) and the announcements of missed objection terms. */
public interface BanNoticesPort {
    void insert(BanNotice notice);

    Optional<BanNotice> byReference(String reference);

    Optional<BanNotice> byMeasure(UUID measureId);

    /** Replaces the notice's secret hash; false when no notice has this reference. */
    boolean replaceSecret(String reference, String secretHash, Instant at);

    /**
     * Measures whose objection is undecided past its due date and not announced yet, locked for this transaction
     * and skipped by other replicas.
     */
    List<UUID> undecidedObjectionsPastDue(Instant now, int limit);

    /** Records the announcement; false when it was announced already (it never is twice). */
    boolean recordAnnounced(MissedObjectionTerm missed);
}

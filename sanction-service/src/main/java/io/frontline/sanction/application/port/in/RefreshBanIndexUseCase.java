package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.BanEntry;

/**
 * Keeps the check index equal to the database: this replica's own changes right after they commit, any
 * replica's change by reloading its subject, everything at start and after notices may have been lost.
 */
public interface RefreshBanIndexUseCase {
    void applyCommitted(BanEntry change);

    void reloadSubject(String subjectKey);

    void rebuild();

    boolean isBuilt();

    int indexedBans();
}

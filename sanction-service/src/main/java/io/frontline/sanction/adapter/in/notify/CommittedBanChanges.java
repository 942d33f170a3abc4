package io.frontline.sanction.adapter.in.notify;

import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.port.in.RefreshBanIndexUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * This replica's check index takes a ban change right after its transaction commits (announced by the ban-change
 * notifier from the transaction's completion), so a check that follows the response already sees it. Other
 * replicas learn of it through the NOTIFY that {@link BanChangeListener} receives.
 */
@ApplicationScoped
class CommittedBanChanges {
    @Inject
    RefreshBanIndexUseCase index;

    void apply(@Observes BanEntry change) {
        index.applyCommitted(change);
    }
}

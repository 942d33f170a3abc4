package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ContactRetention;
import io.frontline.complaint.application.port.in.ComplainantPrivacyUseCase;
import io.frontline.platform.retention.RetentionKind;
import io.frontline.platform.retention.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What this service erases after retention, run by the platform's retention job: a complainant's contact data and
 * subject key. The period runs in the calendar of each complaint's site, so the erasure decides per complaint
 * ({@link ContactRetention#isOver}) rather than by the job's UTC cutoff.
 */
@ApplicationScoped
public class ContactRetentionPolicy implements RetentionPolicy {
    private final ComplainantPrivacyUseCase privacy;
    private final ContactRetention retention;

    @Inject
    public ContactRetentionPolicy(ComplainantPrivacyUseCase privacy, ContactRetention retention) {
        this.privacy = privacy;
        this.retention = retention;
    }

    @Override
    public List<RetentionKind> kinds() {
        return List.of(new RetentionKind("complainant contacts", retention.term().length(),
                (cutoff, now) -> privacy.eraseExpiredContacts()));
    }
}

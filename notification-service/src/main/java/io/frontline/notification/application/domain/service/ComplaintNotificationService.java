package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.port.in.NotifyComplaintReceivedCommand;
import io.frontline.notification.application.port.in.NotifyComplaintReceivedUseCase;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.SaveInboxEntryPort;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Routes complaint events to the people responsible for the complaint's site. */
@ApplicationScoped
public class ComplaintNotificationService implements NotifyComplaintReceivedUseCase {
    private final LoadDirectoryPort directory;
    private final SaveInboxEntryPort inbox;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public ComplaintNotificationService(LoadDirectoryPort directory, SaveInboxEntryPort inbox,
                                        Organisation organisation, Clock clock) {
        this.directory = directory;
        this.inbox = inbox;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notifyComplaintReceived(NotifyComplaintReceivedCommand command) {
        // An unknown site is an error, not a silent drop: the event is retried, then dead-lettered.
        Site site = organisation.site(command.siteId());
        List<Recipient> recipients = directory.loadDirectory().firstResponsibleFor(site);
        if (recipients.isEmpty()) {
            // Nobody in the escalation line: failing keeps the event (dead letter) instead of losing it.
            throw new IllegalStateException("Nobody in the directory is responsible for site " + site.id());
        }
        Instant now = clock.instant();
        for (Recipient recipient : recipients) {
            inbox.save(InboxEntry.newComplaint(recipient, command.eventId(), command.eventType(),
                    command.complaintId(), command.reference(), site, command.responseDue(), now));
        }
    }
}

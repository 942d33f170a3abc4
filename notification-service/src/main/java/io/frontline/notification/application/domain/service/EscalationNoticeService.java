package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.lang.System.Logger.Level;
import java.util.EnumSet;

/**
 * Tells the people of an escalation level over all their channels, each with their own acknowledgement
 * link; never held for quiet hours. Deliveries are unique per notice key, so a repeated call sends nothing twice.
 */
@ApplicationScoped
public class EscalationNoticeService implements EscalationNotifier {
    private static final System.Logger LOG = System.getLogger(EscalationNoticeService.class.getName());

    private final LoadDirectoryPort directory;
    private final NoticeDeliveries deliveries;

    @Inject
    public EscalationNoticeService(LoadDirectoryPort directory, NoticeDeliveries deliveries) {
        this.directory = directory;
        this.deliveries = deliveries;
    }

    @Override
    @Transactional
    public void notifyLevel(EscalationLevelNotice notice) {
        Directory people = directory.loadDirectory();
        for (EscalationLevelNotice.LevelRecipient recipient : notice.recipients()) {
            people.find(recipient.recipientId()).ifPresentOrElse(
                    person -> deliveries.toPerson(person, Notice.of(notice, recipient.acknowledgeLink()),
                            EnumSet.allOf(Channel.class)),
                    () -> LOG.log(Level.WARNING,
                            "Escalation level recipient %s is not in the directory"
                                    .formatted(recipient.recipientId())));
        }
    }
}

package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.port.in.ImportDirectoryUseCase;
import io.frontline.notification.application.port.out.SaveRecipientsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Keeps the stored directory in line with the directory file. */
@ApplicationScoped
public class DirectoryService implements ImportDirectoryUseCase {
    private final SaveRecipientsPort recipients;

    @Inject
    public DirectoryService(SaveRecipientsPort recipients) {
        this.recipients = recipients;
    }

    @Override
    @Transactional
    public void importDirectory(Directory directory) {
        recipients.saveRecipients(directory.recipients());
    }
}

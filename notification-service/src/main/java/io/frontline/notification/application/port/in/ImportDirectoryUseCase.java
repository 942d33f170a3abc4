package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.Directory;

/**
 * Takes the people of a checked directory file into the stored directory: new people are added,
 * known people updated; people only in the store stay (they may have come from elsewhere).
 */
public interface ImportDirectoryUseCase {
    void importDirectory(Directory directory);
}

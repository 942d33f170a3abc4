package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Directory;

/** Reads the stored directory of recipients. */
public interface LoadDirectoryPort {
    Directory loadDirectory();
}

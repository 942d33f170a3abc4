package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Recipient;

/** Reads the stored directory of recipients. */
public interface LoadDirectoryPort {
    Directory loadDirectory();

    /** One person, without reading the whole directory (the sender asks once per delivery). */
    default java.util.Optional<Recipient> person(String id) {
        return loadDirectory().find(id);
    }
}

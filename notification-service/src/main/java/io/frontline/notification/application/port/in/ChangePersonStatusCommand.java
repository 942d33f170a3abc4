package io.frontline.notification.application.port.in;

import io.frontline.platform.domain.InvalidValue;

/** Deactivate or reactivate one person; {@code administrator} is the signed-in user who does it, from the token. */
public record ChangePersonStatusCommand(String personId, String administrator) {
    public ChangePersonStatusCommand {
        if (personId == null || personId.isBlank()) {
            throw new InvalidValue("id", "A person's id is required");
        }
        if (administrator == null || administrator.isBlank()) {
            throw new InvalidValue("administrator", "The administrator is required");
        }
    }
}

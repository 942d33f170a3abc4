package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;

/**
 * A confidential counsellor writes down a first report; the reporter may stay anonymous (seed 004, Taken
 * vertrouwenspersonen 1). A named {@code reporter} is the user id of their account, unless
 * {@code reporterHasAccount} is false.
 */
public record WriteCounsellorNoteCommand(Actor actor, String reporter, boolean reporterHasAccount, String text) {
    public WriteCounsellorNoteCommand {
        Objects.requireNonNull(actor, "actor");
    }
}

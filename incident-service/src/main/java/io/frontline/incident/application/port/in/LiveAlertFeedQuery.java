package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.platform.domain.Actor;

import java.util.List;

/**
 * What a floor supervisor's live console follows: the alerts at the call centers the actor oversees (their own call
 * centers from the token; HQ safety every call center), never another site's.
 */
public interface LiveAlertFeedQuery {
    /** At most this many alerts per answer; a console asks again from the last one it got. */
    int PAGE = 200;

    /** The call centers whose alerts the actor follows. */
    List<String> watchedSites(Actor actor);

    /** The alerts after {@code sequence} (what a reconnecting console missed), oldest first. */
    List<LiveAlert> after(Actor actor, long sequence);

    /** On opening the console: the alerts of suggestions still open, and the number to continue after. */
    Opening open(Actor actor);

    record Opening(List<LiveAlert> openAlerts, long continueAfter) {
    }
}

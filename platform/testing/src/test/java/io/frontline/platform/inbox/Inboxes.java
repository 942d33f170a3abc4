package io.frontline.platform.inbox;

import javax.sql.DataSource;
import java.time.Clock;

/** An inbox on a database of the test's own, without a container around it. */
public final class Inboxes {
    private Inboxes() {
    }

    public static Inbox on(DataSource dataSource, Clock clock) {
        Inbox inbox = new Inbox();
        inbox.dataSource = dataSource;
        inbox.clock = clock;
        return inbox;
    }
}

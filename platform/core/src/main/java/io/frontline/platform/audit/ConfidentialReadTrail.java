package io.frontline.platform.audit;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.persistence.ConfidentialReadRows;
import io.frontline.platform.persistence.JdbcRows;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The review of a service's trail of confidential reads (DESIGN.md: every confidential read is audited), for HQ
 * safety and admins only. The same in every service that keeps the trail — a table {@code confidential_read} that
 * the service's own adapters write, each line in the transaction of the read it records — so it is written once
 * here, with its endpoint ({@link ConfidentialReadTrailResource}), and a service turns both on with the build
 * property {@code frontline.audit.confidential-read-trail=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = ConfidentialReadTrail.ENABLED, stringValue = "true")
public class ConfidentialReadTrail extends JdbcRows {
    static final String ENABLED = "frontline.audit.confidential-read-trail";
    /** Most lines one export holds; a longer period is exported in parts (from/to). */
    public static final int EXPORT_LIMIT = 10_000;
    /** The trail's one order: newest first. */
    private static final String NEWEST_FIRST = "-at";

    @Transactional
    public ListPage<ConfidentialRead> trail(Actor actor, ConfidentialRead.Filter filter, String cursor, int limit) {
        mayReview(actor);
        Cursor after = Cursor.parse(cursor, NEWEST_FIRST);
        return ListPage.of(ConfidentialReadRows.newestFirst(this, filter, after, limit + 1), limit,
                r -> Cursor.of(NEWEST_FIRST, r.at().toString(), Long.toString(r.id())));
    }

    /** The newest {@link #EXPORT_LIMIT} lines that match, newest first. */
    @Transactional
    public List<ConfidentialRead> export(Actor actor, ConfidentialRead.Filter filter) {
        mayReview(actor);
        return ConfidentialReadRows.newestFirst(this, filter, null, EXPORT_LIMIT);
    }

    private static void mayReview(Actor actor) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only HQ safety and administrators review the trail of confidential reads");
        }
    }
}

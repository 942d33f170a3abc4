package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.port.in.ReadConfidentialReadTrailQuery;
import io.frontline.incident.application.port.out.AuditConfidentialReadsPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The trail of confidential reads, for HQ safety and admins only (DESIGN.md: every confidential read is audited). */
@ApplicationScoped
public class ConfidentialReadTrailService implements ReadConfidentialReadTrailQuery {
    /** The trail's one order: newest first. */
    private static final String NEWEST_FIRST = "-at";

    private final AuditConfidentialReadsPort trail;

    @Inject
    public ConfidentialReadTrailService(AuditConfidentialReadsPort trail) {
        this.trail = trail;
    }

    @Override
    @Transactional
    public ListPage<ConfidentialRead> trail(Actor actor, ConfidentialRead.Filter filter, String cursor, int limit) {
        mayReview(actor);
        Cursor after = Cursor.parse(cursor, NEWEST_FIRST);
        return ListPage.of(trail.newestFirst(filter, after, limit + 1), limit, r -> Cursor.of(NEWEST_FIRST, r.at().toString(), Long.toString(r.id())));
    }

    @Override
    @Transactional
    public List<ConfidentialRead> export(Actor actor, ConfidentialRead.Filter filter) {
        mayReview(actor);
        return trail.newestFirst(filter, null, EXPORT_LIMIT);
    }

    private static void mayReview(Actor actor) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only HQ safety and administrators review the trail of confidential reads");
        }
    }
}

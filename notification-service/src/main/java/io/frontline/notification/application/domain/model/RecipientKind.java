package io.frontline.notification.application.domain.model;

import java.util.Optional;

/**
 * Who a routing rule addresses, relative to the event: the people responsible for its site, a chain-wide
 * role, or a party named in the event itself.
 */
public enum RecipientKind {
    /** The site's managers (for a call center: its floor supervisors); the region's, then HQ safety, if it has none. */
    SITE_MANAGER("site-manager"),
    /** The regional managers of the site's region. */
    REGIONAL_MANAGER("regional-manager"),
    HQ_SAFETY("hq-safety"),
    HR("hr"),
    COMMITTEE("committee"),
    COUNSELLOR("counsellor"),
    ADMIN("admin"),
    /** The handler a complaint is assigned to (the event's assignee, a directory person id). */
    ASSIGNEE("assignee"),
    /** The complainant of an internal procedure (seed 004), a directory person. */
    COMPLAINANT("complainant"),
    /** The person complained about in an internal procedure; never told who reported or witnessed. */
    ACCUSED("accused"),
    /** The party who objected to a procedure decision. */
    OBJECTOR("objector"),
    /** The external complainant of a complaint, reached by the e-mail complaint-service holds (fetched at send time). */
    COMPLAINANT_CONTACT("complainant-contact"),
    /**
     * The customer a ban is about (issue 17), reached by the e-mail complaint-service holds for their subject key
     * (fetched at send time, never stored); only for events that name a customer's ban.
     */
    BANNED_CUSTOMER("banned-customer"),
    /** Everyone in the directory: a new policy version every employee is asked to acknowledge (seed 000). */
    EVERYONE("everyone"),
    /** The employee an event is about (its {@code userId}), e.g. the person whose training is overdue. */
    EMPLOYEE("employee");

    private final String code;

    RecipientKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RecipientKind> fromCode(String code) {
        for (RecipientKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

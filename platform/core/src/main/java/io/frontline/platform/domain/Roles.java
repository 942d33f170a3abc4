package io.frontline.platform.domain;

/**
 * Role names as they appear in the OIDC token (DESIGN.md, "Security and privacy").
 * Constants, so that {@code @RolesAllowed} can name them.
 *
 * <p>People have realm roles (the first block). Integration clients (door systems, the call-center platform, the
 * mail gateway, notification-service's service account) have client roles of the one service they call, each naming
 * one thing they do: a service reads its own client's roles ({@code resource_access/<its client id>/roles}) beside
 * the realm roles, and only tokens whose audience is that service.
 */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String SITE_MANAGER = "site-manager";
    public static final String REGIONAL_MANAGER = "regional-manager";
    public static final String HQ_SAFETY = "hq-safety";
    public static final String HR = "hr";
    public static final String COUNSELLOR = "counsellor";
    public static final String COMMITTEE = "committee";
    public static final String COMPLAINT_HANDLER = "complaint-handler";
    public static final String ADMIN = "admin";

    /** complaint-service: file complaints taken by a system (the call-center platform). */
    public static final String COMPLAINT_INTAKE = "complaint-intake";
    /** complaint-service: post received e-mail to the intake (the mail gateway). */
    public static final String MAIL_INTAKE = "mail-intake";
    /** complaint-service: a customer's contact by subject key, for the notices of a ban (notification-service). */
    public static final String SUBJECT_CONTACT = "subject-contact";
    /** complaint-service: a complainant's contact, for the mail they get (notification-service). */
    public static final String PARTY_CONTACT = "party-contact";
    /** incident-service: stream transcript segments of running calls (the call-center platform). */
    public static final String CALL_STREAM = "call-stream";
    /** incident-service: report incidents as a system (the call-center platform). */
    public static final String INCIDENT_REPORT = "report";
    /** sanction-service: is this customer banned here (door systems, the call-center platform). */
    public static final String BAN_CHECK = "ban-check";
    /** sanction-service: the secret of a ban notice, to send it (notification-service). */
    public static final String BAN_NOTICE_SECRET = "ban-notice-secret";
    /** prevention-service: read the playbooks (the call-center platform shows them to its agents). */
    public static final String PLAYBOOK_READ = "playbook-read";

    private Roles() {
    }
}

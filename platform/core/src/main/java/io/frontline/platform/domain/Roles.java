package io.frontline.platform.domain;

/**
 * Role names as they appear in the OIDC token (DESIGN.md, "Security and privacy").
 * Constants, so that {@code @RolesAllowed} can name them.
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
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}

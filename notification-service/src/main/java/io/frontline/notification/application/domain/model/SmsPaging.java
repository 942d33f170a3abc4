package io.frontline.notification.application.domain.model;

/**
 * Whether critical news can page a person by SMS (issue 15, "Mobile paging"): critical live alerts and critical
 * escalations go by SMS too to a person who has a mobile number. The directory's lists show this instead of the
 * number itself.
 *
 * @param reachable the person has a mobile number
 * @param needed    the routing rules or escalation policies in force would page them by SMS (active people only:
 *                  a deactivated person receives nothing)
 */
public record SmsPaging(boolean reachable, boolean needed) {
    /** Critical news would page them by SMS, but there is no number: it reaches them by e-mail and in-app only. */
    public boolean missing() {
        return needed && !reachable;
    }
}

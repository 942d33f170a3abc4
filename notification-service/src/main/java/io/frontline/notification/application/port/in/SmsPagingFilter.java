package io.frontline.notification.application.port.in;

/**
 * A filter of the directory's lists by SMS paging (issue 15): {@code missing} keeps the people whom critical news
 * would page by SMS but who have no mobile number.
 */
public enum SmsPagingFilter {
    MISSING
}

package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A contact ban (seed 001): all contact, or with one department (of one site) or one employee, on the
 * chosen channels (none chosen: every channel). One alternative channel can stay open, such as written
 * contact for things that must remain possible; it is never blocked.
 */
public record ContactBanTerms(ContactScope scope, String departmentSiteId, String departmentId, String employeeId,
                              Set<Channel> channels, Channel alternativeChannel) implements BanTerms {
    public ContactBanTerms {
        Objects.requireNonNull(scope, "scope");
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        switch (scope) {
            case ALL_CONTACT -> {
                departmentSiteId = null;
                departmentId = null;
                employeeId = null;
            }
            case DEPARTMENT -> {
                if (blank(departmentSiteId) || blank(departmentId)) {
                    throw new RuleViolation("departmentId", "A department ban names the site and the department");
                }
                employeeId = null;
            }
            case EMPLOYEE -> {
                if (blank(employeeId)) {
                    throw new RuleViolation("employeeId", "An employee ban names the employee");
                }
                departmentSiteId = null;
                departmentId = null;
            }
        }
        if (alternativeChannel != null && channels.contains(alternativeChannel)) {
            throw new RuleViolation("alternativeChannel", "The alternative channel cannot also be banned");
        }
    }

    /** Whether contact on this channel is banned: a listed channel (or any, if none is listed), never the alternative. */
    public boolean closes(Channel channel) {
        return channel != alternativeChannel && (channels.isEmpty() || channels.contains(channel));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

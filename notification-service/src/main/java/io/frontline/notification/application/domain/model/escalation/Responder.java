package io.frontline.notification.application.domain.model.escalation;

import java.util.Locale;
import java.util.Optional;

/**
 * Who an escalation level tells, relative to the event's site: its site managers, the regional managers of
 * the site's region, HQ safety, or HR (DESIGN.md: site → manager → regional manager → HQ).
 */
public enum Responder {
    SITE_MANAGER, REGIONAL_MANAGER, HQ_SAFETY, HR;

    /** The name as written in the policy file: {@code site-manager}, {@code regional-manager}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Responder> fromWireName(String name) {
        for (Responder responder : values()) {
            if (responder.wireName().equals(name)) {
                return Optional.of(responder);
            }
        }
        return Optional.empty();
    }
}

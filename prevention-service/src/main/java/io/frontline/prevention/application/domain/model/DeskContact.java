package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

/**
 * A person or body on a site's consultation desk (seed 004: publish the counsellors with contact details and the
 * committee's address). {@code userId} is set for colleagues who can receive a consultation in Frontline.
 */
public record DeskContact(String kind, String name, String userId, String phone, String email, String address,
                          String note) {
    public DeskContact {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Every desk contact needs a name");
        }
    }
}

package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.prevention.application.domain.model.DeskContact;

import java.util.List;
import java.util.Objects;

/** A site's consultation desk as a whole: first contact, counsellors, the committee's address, outside contacts. */
public record SetUpDeskCommand(Actor actor, String siteId, DeskContact firstContact, List<DeskContact> counsellors,
                               DeskContact committee, List<DeskContact> outsideContacts) {
    public SetUpDeskCommand {
        Objects.requireNonNull(actor, "actor");
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "Name the site");
        }
        if (firstContact == null) {
            throw new RuleViolation("firstContact", "Name whom an employee consults first");
        }
    }
}

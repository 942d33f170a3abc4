package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A site's consultation desk (seed 000: a consultation structure; seed 004: counsellors and the committee's
 * address published): whom an employee consults first (their supervisor), internal and external counsellors,
 * the committee's confidential address, and outside contacts (lawyer, police liaison). Shown to every employee.
 */
public record ConsultationDesk(String siteId, DeskContact firstContact, List<DeskContact> counsellors,
                               DeskContact committee, List<DeskContact> outsideContacts, String updatedBy,
                               Instant updatedAt) {
    public ConsultationDesk {
        Objects.requireNonNull(siteId, "siteId");
        if (firstContact == null) {
            throw new RuleViolation("firstContact", "A desk names whom an employee consults first");
        }
        counsellors = counsellors == null ? List.of() : List.copyOf(counsellors);
        outsideContacts = outsideContacts == null ? List.of() : List.copyOf(outsideContacts);
    }

    /** Staffed: a first contact and at least one counsellor, named. */
    public boolean staffed() {
        return !counsellors.isEmpty();
    }

    /** The desk people an employee can choose to consult in Frontline (those with an account). */
    public Optional<DeskContact> deskPerson(String userId) {
        return Stream.concat(Stream.of(firstContact), counsellors.stream())
                .filter(c -> userId != null && userId.equals(c.userId())).findFirst();
    }

    public List<String> namedPeople() {
        return Stream.concat(Stream.of(firstContact), counsellors.stream()).map(DeskContact::name).toList();
    }
}

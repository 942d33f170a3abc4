package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.CalendarTerm;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The complaints procedure in force (seed 002: how and where to complain, who handles it, the response term, the
 * escalation options, how personal data is treated), made from the same policy that computes the terms, so that the
 * terms stated are the terms applied. {@code siteId} and {@code timeZone} are null for the chain-wide procedure.
 *
 * @param pausesWhileWaitingForComplainant the term stands still while a question to the complainant is open
 * @param reopenPeriod                     how long after closure the complainant may reopen (and still ask for
 *                                         escalation)
 * @param contactRetention                 how long after closure the complainant's contact data is kept
 */
public record ComplaintsProcedure(String siteId, ZoneId timeZone, boolean acknowledgeOnReceipt,
                                  ResponseDeadline responseTerm, boolean pausesWhileWaitingForComplainant,
                                  CalendarTerm reopenPeriod, List<EscalationLevel> escalationLevels,
                                  ContactRetention contactRetention, List<Category> categories,
                                  List<Channel> channels) {
    public ComplaintsProcedure {
        Objects.requireNonNull(responseTerm, "responseTerm");
        Objects.requireNonNull(reopenPeriod, "reopenPeriod");
        Objects.requireNonNull(contactRetention, "contactRetention");
        escalationLevels = List.copyOf(escalationLevels);
        categories = List.copyOf(categories);
        channels = List.copyOf(channels);
    }
}

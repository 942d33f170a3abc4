package io.frontline.complaint.application.port.in;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What notification-service needs to mail the complainant (seed 002: the acknowledgement with its reference and the
 * date the answer is due, questions, the answer or decision, escalations and reopenings), in the language they wrote
 * in, with the reply token that lets their answer by mail join the complaint. Only for
 * a complainant who left an e-mail address that has not been erased.
 */
public interface GetPartyContactQuery {
    /**
     * Every call leaves a line in the trail of confidential reads, granted or refused.
     *
     * @param reader    the client that asks (its OAuth client id)
     * @param permitted whether that client is one of those configured to read contact data
     * @throws io.frontline.platform.domain.AccessDenied when the client is not permitted
     * @throws io.frontline.platform.domain.NotFound when the complaint is unknown or has no e-mail (any more)
     */
    PartyContact partyContact(String reader, boolean permitted, UUID complaintId);

    /**
     * @param reference   the complaint's human reference, e.g. {@code CMP-2026-000123}
     * @param email       the complainant's e-mail address
     * @param language    nl, en or ja: the complaint's language (nl when it has none)
     * @param responseDue the day the substantive answer is due
     * @param replyToken  the signed token the mail carries, so that a reply to it joins this complaint
     */
    record PartyContact(String reference, String email, String language, LocalDate responseDue, String replyToken) {
        @Override
        public String toString() {
            // Never print the address, not even by accident in a log line.
            return "PartyContact[" + reference + ", redacted]";
        }
    }
}

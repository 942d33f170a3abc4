package io.frontline.complaint.application.port.in;

/**
 * How to reach a customer by subject key, for the sender of the notices about their ban (issue 17): the e-mail of
 * the newest of their complaints that still holds one, the phone number of the newest that holds one (a customer
 * known only by phone is sent a text message), and the language of the newest complaint holding either. Only for the clients allowed
 * to read contact data; every call leaves a line in the trail of confidential reads (target: the subject key).
 */
public interface GetSubjectContactQuery {
    /**
     * @param reader    the client that asks (its OAuth client id)
     * @param permitted whether that client is one of those configured to read contact data
     * @throws io.frontline.platform.domain.AccessDenied when the client is not permitted
     * @throws io.frontline.platform.domain.NotFound when no complaint of the subject holds an e-mail address or a
     *                                               phone number
     */
    SubjectContact contactOf(String reader, boolean permitted, String subjectKey);

    /** {@code email} or {@code phone} may be null, never both. */
    record SubjectContact(String email, String phone, String language) {
        @Override
        public String toString() {
            return "SubjectContact[redacted, " + language + "]";
        }
    }
}

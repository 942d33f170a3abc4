package io.frontline.complaint.application.domain.model;

/** What a customer asks of every service (GDPR art. 15 and 17): a copy of their data, or its erasure. */
public enum SubjectRequestAction {
    EXPORT, ERASE
}

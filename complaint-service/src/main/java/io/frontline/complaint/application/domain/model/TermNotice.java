package io.frontline.complaint.application.domain.model;

/** The warnings a response term gives, each at most once per term: 70 %, 90 % and overdue. */
public enum TermNotice {
    DUE_SOON_70, DUE_SOON_90, OVERDUE
}

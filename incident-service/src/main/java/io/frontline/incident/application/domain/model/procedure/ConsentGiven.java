package io.frontline.incident.application.domain.model.procedure;

/**
 * How the reporter gave consent (seed 004, Taken vertrouwenspersonen 4). {@link #OWN_ACCOUNT}: the reporter
 * gave it themselves, signed in; the other ways are recorded by the counsellor, and only for a reporter
 * without an account.
 */
public enum ConsentGiven {
    OWN_ACCOUNT, IN_PERSON, PHONE, IN_WRITING
}

package io.frontline.sanction.application.port.in;

/** Announces, once each, the objections whose decision term (seed 004: 14 days) passed without a decision. */
public interface WatchObjectionTermsUseCase {
    /** How many missed terms were announced now. */
    int announceMissedTerms();
}

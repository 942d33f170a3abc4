package io.frontline.incident.application.port.in.procedure;

/**
 * Announces every term of the procedure that passed unmet, once (seed 004, Oordeel 4).
 *
 * @return how many missed terms were announced in this run
 */
public interface WatchTermsUseCase {
    int announceMissedTerms();
}

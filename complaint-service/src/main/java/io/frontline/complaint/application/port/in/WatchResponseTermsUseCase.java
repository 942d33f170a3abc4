package io.frontline.complaint.application.port.in;

/** Gives the 70 %, 90 % and overdue warnings that are due now, each once; returns how many were given. */
public interface WatchResponseTermsUseCase {
    int watchResponseTerms();
}

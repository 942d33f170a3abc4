package io.frontline.platform.domain;

/**
 * The terms of an objection against a decision, the one home for both: the internal procedure's management
 * decision (incident-service) and a sanction or ban (sanction-service).
 *
 * <p>{@link #ANSWER}: seed 004, "Niet eens met de beslissing": "De directie zal binnen 14 dagen schriftelijk op
 * het bezwaar reageren" — 14 days for the answer, from the objection's receipt.
 *
 * <p>{@link #FILING}: seed 004 sets no term for filing the objection. Frontline chooses 14 days from the
 * decision (its notice), counted in the local calendar: the seed asks for a procedure that ends "zo spoedig
 * mogelijk" and gives every step of management's side 14 days (decision, answer), so a party gets the same; a
 * decision becomes final after a term both sides can know; and going to court ("de bevoegde rechter") stays
 * open after it. A chain that wants a longer window changes it here, once, for every service.
 */
public final class ObjectionTerms {
    /** Frontline's choice (the seed names none): 14 days from the decision to file an objection. */
    public static final CalendarTerm FILING = CalendarTerm.ofDays(14);
    /** Seed 004: management answers an objection within 14 days. */
    public static final CalendarTerm ANSWER = CalendarTerm.ofDays(14);

    private ObjectionTerms() {
    }
}

package io.frontline.web.today;

import java.time.Instant;

/**
 * One thing that needs the person: how urgent, since when (or, due soon, until when), what it is and where to act.
 *
 * @param urgency how urgent, the first order of the page
 * @param since   when it started waiting, became overdue, or (due soon) falls due; the second order: earliest first
 * @param title   what it is, in the reader's language
 * @param detail  where and what more, in the reader's language (may be empty)
 * @param href    the page to act on it
 */
public record TodayItem(Urgency urgency, Instant since, String title, String detail, String href) {

    /** Most urgent first. */
    public enum Urgency {
        /** A critical escalation: someone may be in danger; the next level is being told if nobody takes it. */
        NOW,
        /** Past its term (a care task, a complaint). */
        OVERDUE,
        /** Falls due soon (a complaint within its last days, an escalation climbing to its next level). */
        SOON,
        /** Waits for the person (a ban to approve, a suggestion of live detection). */
        WAITING
    }
}

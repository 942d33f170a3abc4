package io.frontline.prevention.application.port.out;

import java.time.Period;

/** The chain's settings for prevention: the training planning window and the review interval. */
public interface PreventionSettingsPort {
    /** Training due within this period counts as "due". */
    Period trainingDueSoon();

    /** How often a review must be held (e.g. quarterly, P3M); a longer gap is listed in the compliance report. */
    Period reviewInterval();
}

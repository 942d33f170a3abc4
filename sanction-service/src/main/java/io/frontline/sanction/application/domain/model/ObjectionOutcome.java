package io.frontline.sanction.application.domain.model;

/** Upheld: the measure stands. Overturned: it ends at once. Shortened: it ends earlier. */
public enum ObjectionOutcome {
    UPHELD, OVERTURNED, SHORTENED
}

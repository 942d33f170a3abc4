package io.frontline.complaint.application.domain.model;

/** How a complaint reached the chain (seed 002: every channel is a valid way to complain). */
public enum Channel {
    WEB, EMAIL, PHONE, LETTER, IN_STORE
}

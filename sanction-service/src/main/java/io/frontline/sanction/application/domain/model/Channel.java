package io.frontline.sanction.application.domain.model;

/** How a customer reaches the chain; a contact ban names the channels it closes. */
public enum Channel {
    PHONE, EMAIL, CHAT, WRITTEN, IN_PERSON
}

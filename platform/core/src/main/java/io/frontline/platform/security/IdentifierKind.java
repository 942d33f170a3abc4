package io.frontline.platform.security;

/** The kinds of customer identifier a subject key can be derived from. */
public enum IdentifierKind {
    PHONE, EMAIL, LOYALTY_CARD
}

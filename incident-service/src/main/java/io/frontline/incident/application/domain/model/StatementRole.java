package io.frontline.incident.application.domain.model;

/** In what capacity someone gave a statement; seed 000 asks for people not directly involved. */
public enum StatementRole {
    VICTIM, WITNESS, UNINVOLVED, PERPETRATOR
}

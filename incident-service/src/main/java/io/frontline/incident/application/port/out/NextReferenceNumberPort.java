package io.frontline.incident.application.port.out;

/** Hands out the running number of the next incident reference, never twice. */
public interface NextReferenceNumberPort {
    long nextReferenceNumber();
}

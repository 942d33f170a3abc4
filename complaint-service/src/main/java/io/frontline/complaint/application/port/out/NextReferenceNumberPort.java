package io.frontline.complaint.application.port.out;

/** Hands out the running number of the next complaint reference, never twice. */
public interface NextReferenceNumberPort {
    long nextReferenceNumber();
}

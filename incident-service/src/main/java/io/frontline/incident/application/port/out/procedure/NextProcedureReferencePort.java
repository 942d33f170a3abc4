package io.frontline.incident.application.port.out.procedure;

/** Hands out the running number of the next formal complaint's reference (UB-yyyy-nnnnnn). */
public interface NextProcedureReferencePort {
    long nextProcedureReferenceNumber();
}

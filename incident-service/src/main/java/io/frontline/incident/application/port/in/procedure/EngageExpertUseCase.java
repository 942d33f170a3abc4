package io.frontline.incident.application.port.in.procedure;

/** The committee engages experts to investigate (seed 004, Klachtenprocedure 7). */
public interface EngageExpertUseCase {
    void engage(EngageExpertCommand command);
}

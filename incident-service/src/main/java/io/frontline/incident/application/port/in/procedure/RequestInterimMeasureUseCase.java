package io.frontline.incident.application.port.in.procedure;

/** The committee asks management for a temporary provision (seed 004, Tijdelijke voorzieningen). */
public interface RequestInterimMeasureUseCase {
    void request(RequestInterimMeasureCommand command);
}

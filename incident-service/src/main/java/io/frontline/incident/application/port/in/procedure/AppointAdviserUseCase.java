package io.frontline.incident.application.port.in.procedure;

/** A party names the adviser who assists them (seed 004, Klachtenprocedure 5). */
public interface AppointAdviserUseCase {
    void appoint(AppointAdviserCommand command);
}

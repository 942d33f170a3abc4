package io.frontline.incident.application.port.in.procedure;

/** A committee member votes on the finding (seed 004, Oordeel 1: majority of votes). */
public interface CastVoteUseCase {
    void cast(CastVoteCommand command);
}

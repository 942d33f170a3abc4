package io.frontline.sanction.application.port.in;

/** Records a reported incident for the sanction ladder; an incident already recorded is left as it is. */
public interface RecordIncidentSignalUseCase {
    /** @return false if the incident had been recorded before */
    boolean record(RecordIncidentSignalCommand command);
}

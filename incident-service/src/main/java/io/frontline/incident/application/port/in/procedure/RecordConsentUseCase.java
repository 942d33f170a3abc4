package io.frontline.incident.application.port.in.procedure;

/** The counsellor records the reporter's consent for a purpose (seed 004, Taken vertrouwenspersonen 4). */
public interface RecordConsentUseCase {
    void record(RecordConsentCommand command);
}

package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.ProcedureEvent;

/** Publishes a procedure event to other services, in the caller's transaction. */
public interface PublishProcedureEventsPort {
    void publish(ProcedureEvent event);
}

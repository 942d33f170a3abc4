package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.FormalComplaint;

/** Stores a formal complaint with everything recorded in it. */
public interface SaveFormalComplaintPort {
    void save(FormalComplaint complaint);
}

package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.StaffSanctionDecision;

/**
 * Seed 004: a staff measure follows the internal procedure's decision. It is proposed from that decision as
 * taken, never typed again; the person who decided it never approves it (four eyes means two people).
 */
public interface ProposeFromProcedureUseCase {
    Measure proposeFor(StaffSanctionDecision decision);
}

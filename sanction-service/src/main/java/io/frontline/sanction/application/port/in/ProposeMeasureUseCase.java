package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.Measure;

/** Managers propose customer measures for their sites, HR staff measures; a second person approves them. */
public interface ProposeMeasureUseCase {
    Measure propose(ProposeCustomerMeasureCommand command);

    Measure propose(ProposeStaffMeasureCommand command);
}

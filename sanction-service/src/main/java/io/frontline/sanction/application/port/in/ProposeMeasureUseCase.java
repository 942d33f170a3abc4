package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.Measure;

/**
 * Managers propose customer measures for their sites; a second person approves them. Staff measures come from
 * the internal procedure's decision ({@link ProposeFromProcedureUseCase}).
 */
public interface ProposeMeasureUseCase {
    Measure propose(ProposeCustomerMeasureCommand command);
}

package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.query.ListPage;

/**
 * The caller's formal complaints, scoped as reading one is ({@link GetFormalComplaintQuery}): a party their own
 * cases, a committee member the committee's, hr the cases with a report or a decision (or an objection's answer)
 * still due; anyone else none.
 */
public interface ListMyFormalComplaintsUseCase {
    ListPage<MyFormalComplaint> list(ListMyFormalComplaintsCommand command);
}

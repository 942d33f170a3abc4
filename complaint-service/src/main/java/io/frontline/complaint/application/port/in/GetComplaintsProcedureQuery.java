package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ComplaintsProcedure;

/**
 * The complaints procedure as anyone may read it, without an account (seed 002: the procedure is public). With a
 * site, that site's overrides apply; an unknown site is not found.
 */
public interface GetComplaintsProcedureQuery {
    ComplaintsProcedure chainProcedure();

    ComplaintsProcedure procedureAt(String siteId);
}

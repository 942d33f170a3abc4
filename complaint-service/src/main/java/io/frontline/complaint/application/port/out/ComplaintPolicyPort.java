package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ComplaintPolicy;

/** The chain's complaints policy, with a site's overrides applied. */
public interface ComplaintPolicyPort {
    ComplaintPolicy policyFor(String siteId);

    /** The chain's own policy, before any site's overrides. */
    ComplaintPolicy chainPolicy();
}

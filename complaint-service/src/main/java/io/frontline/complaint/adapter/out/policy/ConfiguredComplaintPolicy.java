package io.frontline.complaint.adapter.out.policy;

import io.frontline.complaint.application.domain.model.ComplaintPolicy;
import io.frontline.complaint.application.domain.model.ResponseDeadline;
import io.frontline.complaint.application.port.out.ComplaintPolicyPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The policy from configuration: the chain's defaults, a site's override where it has one. */
@ApplicationScoped
class ConfiguredComplaintPolicy implements ComplaintPolicyPort {
    @Inject
    ComplaintPolicyConfig config;

    @Override
    public ComplaintPolicy policyFor(String siteId) {
        ComplaintPolicyConfig.SiteOverride site = config.sites().get(siteId);
        if (site == null) {
            return chainPolicy();
        }
        return new ComplaintPolicy(site.acknowledgeOnReceipt().orElse(config.acknowledgeOnReceipt()),
                new ResponseDeadline(site.responseDays().orElse(config.responseDays()),
                        site.businessDays().orElse(config.businessDays())));
    }

    @Override
    public ComplaintPolicy chainPolicy() {
        return new ComplaintPolicy(config.acknowledgeOnReceipt(),
                new ResponseDeadline(config.responseDays(), config.businessDays()));
    }
}

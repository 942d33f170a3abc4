package io.frontline.complaint.adapter.out.config;

import io.frontline.complaint.application.domain.model.ComplaintPolicy;
import io.frontline.complaint.application.domain.model.ResponseDeadline;
import io.frontline.complaint.application.port.out.ComplaintPolicyPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The policy from configuration: a site's override where it has one, else the chain's setting, else the domain's
 * default ({@link ComplaintPolicy#DEFAULT}).
 */
@ApplicationScoped
class ConfiguredComplaintPolicy implements ComplaintPolicyPort {
    @Inject
    ComplaintPolicyConfig config;

    @Override
    public ComplaintPolicy policyFor(String siteId) {
        ComplaintPolicy d = ComplaintPolicy.DEFAULT;
        boolean acknowledge = config.acknowledgeOnReceipt().orElse(d.acknowledgeOnReceipt());
        int days = config.responseDays().orElse(d.deadline().days());
        boolean businessDays = config.businessDays().orElse(d.deadline().businessDays());
        ComplaintPolicyConfig.SiteOverride site = config.sites().get(siteId);
        if (site == null) {
            return new ComplaintPolicy(acknowledge, new ResponseDeadline(days, businessDays));
        }
        return new ComplaintPolicy(site.acknowledgeOnReceipt().orElse(acknowledge),
                new ResponseDeadline(site.responseDays().orElse(days), site.businessDays().orElse(businessDays)));
    }

    @Override
    public ComplaintPolicy chainPolicy() {
        ComplaintPolicy d = ComplaintPolicy.DEFAULT;
        return new ComplaintPolicy(config.acknowledgeOnReceipt().orElse(d.acknowledgeOnReceipt()),
                new ResponseDeadline(config.responseDays().orElse(d.deadline().days()),
                        config.businessDays().orElse(d.deadline().businessDays())));
    }
}
